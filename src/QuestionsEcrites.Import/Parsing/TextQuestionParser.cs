using System.Globalization;
using System.Text.RegularExpressions;
using QuestionsEcrites.Domain.Questions;
using QuestionsEcrites.Domain.Text;

namespace QuestionsEcrites.Import.Parsing;

/// <summary>
/// Parses the seed text format: a page of the Assemblée's site copied as text or markdown. Pure: text in, a
/// <see cref="ParseResult{T}"/> out. Headings and labels are recognised by their folded letters, so markdown, case,
/// accents and spelling variants (« Date(s) clé(e)s », « Ministère répondant ») all lead to the same field.
/// </summary>
public static partial class TextQuestionParser
{
    private enum Section
    {
        None,
        Question,
        Answer,
        KeyData,
    }

    private enum Field
    {
        Unknown,
        Title,
        Author,
        AuthorId,
        Circonscription,
        Group,
        QuestionType,
        Number,
        Rubrique,
        TeteAnalyse,
        Analyses,
        MinistryAsked,
        MinistryAssigned,
        QuestionPublished,
        AnswerPublished,
        Signaled,
        AttributionChanged,
        Closed,
        Renewed,
        Erratum,
        Date,
        Legislature,
    }

    public static ParseResult<ParsedQuestion> Parse(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (string.IsNullOrWhiteSpace(content))
        {
            return ParseResult<ParsedQuestion>.Failure("document vide");
        }

        var state = new State();
        foreach (var rawLine in InlineText.NormalizeDocument(content).Split('\n'))
        {
            state.Read(InlineText.Clean(rawLine));
        }

        state.EndParagraph();
        return state.Build();
    }

    private sealed class State
    {
        private readonly List<string> _warnings = [];
        private readonly List<string> _questionParagraphs = [];
        private readonly List<string> _answerParagraphs = [];
        private readonly List<string> _looseParagraphs = [];
        private readonly List<string> _currentParagraph = [];
        private Section _section = Section.None;
        private Field _pendingLabel = Field.Unknown;
        private bool _expectTitle;
        private bool _sawKeyData;

        private int? _legislature;
        private int? _number;
        private int? _keyDataNumber;
        private QuestionType? _type;
        private string? _title;
        private string? _rubrique;
        private string? _teteAnalyse;
        private string? _analyses;
        private string? _ministryAsked;
        private string? _ministryAssigned;
        private string? _authorValue;
        private string? _authorId;
        private string? _circonscriptionValue;
        private string? _group;
        private DateOnly? _publishedOn;
        private int? _joPage;
        private DateOnly? _answeredOn;
        private int? _answerPage;
        private bool _answerAnnounced;
        private DateOnly? _signaledOn;
        private DateOnly? _attributionChangedOn;
        private DateOnly? _closedOn;
        private string? _closureReason;
        private DateOnly? _plainDate;
        private readonly List<ParsedEvent> _events = [];

        public void Read(string line)
        {
            if (line.Length == 0)
            {
                EndParagraph();
                return;
            }

            var key = Key(line.TrimEnd(':', ' '));
            if (_pendingLabel != Field.Unknown)
            {
                // "Auteur" on one line and its value on the next (pages copied without their colons), unless the
                // next line is itself a label or a heading: then the first label simply had no value.
                var field = _pendingLabel;
                _pendingLabel = Field.Unknown;
                if (!IsStructural(line, key))
                {
                    Apply(field, line);
                    return;
                }
            }
            if (key == "assembleenationale")
            {
                return;
            }

            // A heading never ends a sentence: « Réponse. » alone is a paragraph, not the answer's heading.
            if (!line.EndsWith('.') && TryReadHeading(key))
            {
                return;
            }

            if (_legislature is null && TryReadLegislature(line))
            {
                return;
            }

            if (TryReadIdentifier(line))
            {
                return;
            }

            if (TryReadLabel(line))
            {
                return;
            }

            if (_authorValue is null && _section == Section.None && OlderAuthorPattern().Match(line) is { Success: true } older)
            {
                // The older site: « de Mme Anne Martin ( Renaissance - Nord ) », the group before the department.
                EndParagraph();
                _expectTitle = false;
                _authorValue = older.Groups["name"].Value.Trim();
                _group ??= NullIfEmpty(older.Groups["group"].Value);
                _circonscriptionValue ??= NullIfEmpty(older.Groups["department"].Value);
                return;
            }

            if (_expectTitle && _title is null && _section == Section.None && line.Length <= 300 && !line.EndsWith('.'))
            {
                _title = line.TrimEnd('.').Trim();
                _expectTitle = false;
                return;
            }

            _expectTitle = false;
            if (_section == Section.KeyData)
            {
                _warnings.Add($"ligne non reconnue dans les données clés : « {Truncate(line)} »");
                return;
            }

            if (ListItemPattern().IsMatch(line))
            {
                // Each item of a list is a paragraph of its own, not merged with its neighbours.
                EndParagraph();
                _currentParagraph.Add(line);
                EndParagraph();
                return;
            }

            _currentParagraph.Add(line);
        }

        private bool IsStructural(string line, string key) =>
            IsHeading(key) || IdentifierPattern().IsMatch(line)
            || (LabelPattern().Match(line) is { Success: true } label && Classify(Key(label.Groups["label"].Value)) != Field.Unknown);

        public void EndParagraph()
        {
            if (_currentParagraph.Count == 0)
            {
                return;
            }

            var paragraph = string.Join(' ', _currentParagraph);
            _currentParagraph.Clear();
            (_section switch
            {
                Section.Question => _questionParagraphs,
                Section.Answer => _answerParagraphs,
                _ => _looseParagraphs,
            }).Add(paragraph);
        }

        public ParseResult<ParsedQuestion> Build()
        {
            var errors = new List<string>();
            var number = _number ?? _keyDataNumber;
            if (_legislature is null && number is null && !_sawKeyData)
            {
                return ParseResult<ParsedQuestion>.Failure(
                    "ce document n'est pas une question : ni législature, ni « Question écrite n° … », ni « Données clés »",
                    _warnings);
            }

            if (_legislature is null)
            {
                errors.Add("législature introuvable (ligne « 17ème législature » attendue)");
            }

            if (number is null)
            {
                errors.Add("numéro de question introuvable (ligne « Question écrite n° … » attendue)");
            }
            else if (_number is not null && _keyDataNumber is not null && _number != _keyDataNumber)
            {
                _warnings.Add($"numéro incohérent : n° {_number} en tête, {_keyDataNumber} dans les données clés ; {_number} retenu");
            }

            // Without explicit headings, the paragraphs between the title and the key data are the question.
            var questionParagraphs = _questionParagraphs.Count > 0 ? _questionParagraphs : _looseParagraphs;
            var text = JoinParagraphs(questionParagraphs);
            if (text.Length == 0)
            {
                errors.Add("texte de la question absent (document tronqué ?)");
            }

            var author = BuildAuthor();
            if (author is null)
            {
                errors.Add("auteur absent (ligne « Auteur : M. … » attendue ; document tronqué ?)");
            }

            if (_ministryAsked is null && _ministryAssigned is null)
            {
                errors.Add("ministère absent (« Ministère interrogé » ou « Ministère attributaire » attendu ; document tronqué ?)");
            }

            var publishedOn = _publishedOn ?? _plainDate;
            if (publishedOn is null)
            {
                errors.Add("date de publication de la question absente (« Question publiée au JO le : … » attendue)");
            }

            if (_rubrique is null)
            {
                _warnings.Add("rubrique absente");
            }

            if (errors.Count > 0)
            {
                return new ParseResult<ParsedQuestion>(null, errors, _warnings);
            }

            var title = _title ?? _teteAnalyse ?? _rubrique ?? $"Question n° {number}";
            if (_title is null)
            {
                _warnings.Add($"titre absent : « {title} » utilisé");
            }

            var question = new ParsedQuestion
            {
                Type = _type ?? QuestionType.QE,
                Legislature = _legislature!.Value,
                Number = number!.Value,
                Title = title,
                TitleIsFallback = _title is null,
                Text = text,
                Rubrique = _rubrique,
                TeteAnalyse = _teteAnalyse,
                Analyses = _analyses,
                MinistryAsked = _ministryAsked,
                MinistryAssigned = _ministryAssigned,
                Author = author,
                PublishedOn = publishedOn,
                JoPage = _joPage,
                SignaledOn = _signaledOn,
                AttributionChangedOn = _attributionChangedOn,
                ClosedOn = _closedOn,
                ClosureReason = _closureReason,
                Answer = BuildAnswer(),
                Events = BuildEvents(),
            };
            return new ParseResult<ParsedQuestion>(question, [], _warnings);
        }

        private List<ParsedEvent> BuildEvents()
        {
            var events = new List<ParsedEvent>(_events);
            if (_signaledOn is { } signaled)
            {
                events.Add(new ParsedEvent(QuestionEventKind.Signalement, signaled, null));
            }

            if (_attributionChangedOn is { } changed)
            {
                events.Add(new ParsedEvent(QuestionEventKind.ChangementAttribution, changed, _ministryAssigned));
            }

            return events;
        }

        private ParsedAnswer? BuildAnswer()
        {
            var text = JoinParagraphs(_answerParagraphs);
            if (text.Length == 0 && _answeredOn is null)
            {
                if (_answerAnnounced)
                {
                    _warnings.Add("réponse annoncée sans date ni texte : ignorée");
                }

                return null;
            }

            if (_answeredOn is null)
            {
                _warnings.Add("date de publication de la réponse absente");
            }

            return new ParsedAnswer(_answeredOn, _answerPage, text.Length == 0 ? null : text);
        }

        private ParsedAuthor? BuildAuthor()
        {
            if (_authorValue is null)
            {
                return null;
            }

            string? civility = null;
            var name = _authorValue;
            var match = CivilityPattern().Match(_authorValue);
            if (match.Success)
            {
                civility = NormalizeCivility(match.Groups["civility"].Value);
                name = match.Groups["name"].Value.Trim();
            }
            else
            {
                _warnings.Add($"civilité de l'auteur absente (« M. » ou « Mme » attendu) : « {_authorValue} »");
            }

            string? department = null;
            int? circonscription = null;
            var group = _group;

            // The site's layout: « Mme Marie-Pierre Rixain (Ile-de-France - Renaissance) ».
            if (AuthorPlacePattern().Match(name) is { Success: true } place)
            {
                name = place.Groups["name"].Value.Trim();
                var parts = DashSeparator().Split(place.Groups["place"].Value.Trim(), 2);
                department = NullIfEmpty(parts[0]);
                group ??= parts.Length > 1 ? NullIfEmpty(parts[1]) : null;
            }

            if (_circonscriptionValue is not null)
            {
                var circ = CirconscriptionPattern().Match(_circonscriptionValue);
                if (circ.Success)
                {
                    department = circ.Groups["department"].Value.Trim();
                    circonscription = int.Parse(circ.Groups["number"].Value, CultureInfo.InvariantCulture);
                    group ??= NullIfEmpty(circ.Groups["group"].Value);
                }
                else
                {
                    var parts = DashSeparator().Split(_circonscriptionValue, 2);
                    department = NullIfEmpty(parts[0]);
                    group ??= parts.Length > 1 ? NullIfEmpty(parts[1]) : null;
                }
            }

            return new ParsedAuthor(civility, name, department, circonscription, group, _authorId);
        }

        private bool IsHeading(string key) => HeadingSection(key) is not null && !(_section == Section.KeyData && key is "date" or "dates");

        private static Section? HeadingSection(string key) => key switch
        {
            "textedelaquestion" or "question" or "textedelaquestionecrite" => Section.Question,
            "textedelareponse" or "reponse" or "reponseduministere" => Section.Answer,
            "donneescles" or "donneesclefs" or "informations" or "donneesclesdelaquestion" => Section.KeyData,
            _ when KeyDatesHeading().IsMatch(key) => Section.KeyData,
            _ => null,
        };

        private bool TryReadHeading(string key)
        {
            // Within the key data, a lone « Date » is a label whose value follows (2025 layout), not a heading.
            Section? section = IsHeading(key) ? HeadingSection(key) : null;
            if (section is null)
            {
                return false;
            }

            EndParagraph();
            _section = section.Value;
            _expectTitle = false;
            _sawKeyData |= section == Section.KeyData;
            _answerAnnounced |= section == Section.Answer;
            return true;
        }

        private bool TryReadLegislature(string line)
        {
            var match = LegislaturePattern().Match(line);
            if (!match.Success)
            {
                return false;
            }

            EndParagraph();
            _legislature = int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
            _expectTitle = _title is null;
            return true;
        }

        private bool TryReadIdentifier(string line)
        {
            var match = IdentifierPattern().Match(line);
            if (!match.Success)
            {
                return false;
            }

            EndParagraph();

            // Some copies put the title after « Question écrite n° … » rather than before it.
            _expectTitle = _title is null && !match.Groups["title"].Success;
            _number ??= int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
            _type ??= TypeFromKind(match.Groups["kind"].Value);
            if (match.Groups["title"].Success && _title is null)
            {
                _title = match.Groups["title"].Value.Trim();
            }

            return true;
        }

        private bool TryReadLabel(string line)
        {
            var match = LabelPattern().Match(line);
            var inText = _section is Section.Question or Section.Answer;
            if (!match.Success)
            {
                return !inText && TryReadLabelWithoutColon(line);
            }

            var labelKey = Key(match.Groups["label"].Value);
            var value = match.Groups["value"].Value.Trim();
            var field = inText ? ClassifyExact(labelKey) : Classify(labelKey);
            if (field == Field.Unknown)
            {
                return false;
            }

            // In a question or an answer, « Concernant le signalement … : » is a sentence: a label there must be
            // exactly a key-data label with a short value that is not a sentence, and a date label must hold a date.
            if (inText && (value.Length > 150 || value.EndsWith('.') || (IsDateField(field) && FrenchDates.Find(value) is null)))
            {
                return false;
            }

            EndParagraph();
            _expectTitle = false;
            if (value.Length == 0)
            {
                _pendingLabel = field;
                return true;
            }

            Apply(field, value);
            return true;
        }

        /// <summary>
        /// « Question publiée au JO le 14 janvier 2025, page 120 » (no colon), or a bare label whose value is on
        /// the next line (« Auteur » then « M. … »), within the key data.
        /// </summary>
        private bool TryReadLabelWithoutColon(string line)
        {
            if (FrenchDates.Find(line) is { } date)
            {
                var field = Classify(Key(line[..date.Index]));
                if (!IsDateField(field))
                {
                    return false;
                }

                EndParagraph();
                Apply(field, line[date.Index..]);
                return true;
            }

            if (_section == Section.KeyData && line.Length <= 60 && !line.Any(char.IsAsciiDigit) && Classify(Key(line)) is var bare and not Field.Unknown)
            {
                EndParagraph();
                _pendingLabel = bare;
                return true;
            }

            return false;
        }

        private static bool IsDateField(Field field) =>
            field is Field.QuestionPublished or Field.AnswerPublished or Field.Signaled or Field.AttributionChanged or Field.Closed or Field.Renewed or Field.Date;

        private void Apply(Field field, string value)
        {
            switch (field)
            {
                case Field.Title:
                    _title ??= value;
                    break;
                case Field.Author:
                    _authorValue ??= value;
                    break;
                case Field.AuthorId:
                    if (DeputyIdPattern().Match(value) is { Success: true } id)
                    {
                        _authorId ??= id.Value.ToUpperInvariant();
                    }

                    break;
                case Field.Circonscription:
                    _circonscriptionValue ??= value;
                    break;
                case Field.Group:
                    _group ??= NullIfEmpty(value);
                    break;
                case Field.QuestionType:
                    _type ??= TypeFromKind(value);
                    break;
                case Field.Number:
                    if (NumberPattern().Match(value) is { Success: true } n && int.TryParse(n.Value, CultureInfo.InvariantCulture, out var number))
                    {
                        _keyDataNumber ??= number;
                    }

                    break;
                case Field.Rubrique:
                    _rubrique ??= UpperFirst(value.TrimEnd('.'));
                    break;
                case Field.TeteAnalyse:
                    _teteAnalyse ??= UpperFirst(value);
                    break;
                case Field.Analyses:
                    _analyses ??= UpperFirst(value);
                    break;
                case Field.MinistryAsked:
                    _ministryAsked ??= value.TrimEnd('.');
                    break;
                case Field.MinistryAssigned:
                    _ministryAssigned ??= value.TrimEnd('.');
                    break;
                case Field.QuestionPublished:
                    (_publishedOn, _joPage) = ReadDateAndPage(value, "Question publiée", _publishedOn, _joPage);
                    break;
                case Field.AnswerPublished:
                    _answerAnnounced = true;
                    (_answeredOn, _answerPage) = ReadDateAndPage(value, "Réponse publiée", _answeredOn, _answerPage);
                    break;
                case Field.Signaled:
                    _signaledOn ??= ReadDate(value, "Date de signalement");
                    break;
                case Field.AttributionChanged:
                    _attributionChangedOn ??= ReadDate(value, "Date de changement d'attribution");
                    break;
                case Field.Closed:
                    ReadClosure(value);
                    break;
                case Field.Date:
                    _plainDate ??= ReadDate(value, "Date");
                    break;
                case Field.Legislature:
                    if (NumberPattern().Match(value) is { Success: true } l && int.TryParse(l.Value, CultureInfo.InvariantCulture, out var legislature) && legislature is > 0 and < 100)
                    {
                        _legislature ??= legislature;
                    }

                    break;
                case Field.Renewed:
                    if (ReadDate(value, "Date de renouvellement") is { } renewed)
                    {
                        _events.Add(new ParsedEvent(QuestionEventKind.Renouvellement, renewed, null));
                    }

                    break;
                case Field.Erratum:
                    _events.Add(new ParsedEvent(QuestionEventKind.Erratum, FrenchDates.Parse(value), NullIfEmpty(value)));
                    break;
                case Field.Unknown:
                    break;
            }
        }

        private (DateOnly?, int?) ReadDateAndPage(string value, string label, DateOnly? date, int? page)
        {
            var found = date ?? ReadDate(value, label);
            var pageMatch = PagePattern().Match(value);
            var foundPage = page ?? (pageMatch.Success ? int.Parse(pageMatch.Groups["page"].Value, CultureInfo.InvariantCulture) : null);
            return (found, foundPage);
        }

        private DateOnly? ReadDate(string value, string label)
        {
            var date = FrenchDates.Parse(value);
            if (date is null)
            {
                _warnings.Add($"date illisible pour « {label} » : « {Truncate(value)} »");
            }

            return date;
        }

        private void ReadClosure(string value)
        {
            var found = FrenchDates.Find(value);
            _closedOn ??= found?.Date;
            var rest = found is { } f ? value.Remove(f.Index, f.Length) : value;
            var reason = ParenthesisPattern().Match(rest) is { Success: true } p ? p.Groups["inner"].Value : rest;
            reason = reason.Trim(' ', '(', ')', ',', ';', ':', '-', '–', '.');
            _closureReason ??= NullIfEmpty(UpperFirst(reason));
        }

        private static string JoinParagraphs(List<string> paragraphs) => string.Join("\n\n", MendPageBreaks(paragraphs));

        private static string NormalizeCivility(string civility) => Key(civility) switch
        {
            "m" or "monsieur" => "M.",
            "mme" or "madame" => "Mme",
            "mlle" or "mademoiselle" => "Mlle",
            _ => civility,
        };

        private static QuestionType? TypeFromKind(string kind)
        {
            var key = Key(kind);
            return key switch
            {
                "" => null,
                _ when key.Contains("gouvernement", StringComparison.Ordinal) => QuestionType.QG,
                _ when key.Contains("orale", StringComparison.Ordinal) => QuestionType.QOSD,
                _ when key.Contains("ecrite", StringComparison.Ordinal) || key == "qe" => QuestionType.QE,
                "qg" => QuestionType.QG,
                "qosd" => QuestionType.QOSD,
                _ => null,
            };
        }
    }

    /// <summary>
    /// Joins paragraphs that a page break split in mid-sentence: one that does not end a sentence, followed by one
    /// that starts in lower case, is one paragraph.
    /// </summary>
    public static IReadOnlyList<string> MendPageBreaks(IReadOnlyList<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var mended = new List<string>(paragraphs.Count);
        foreach (var paragraph in paragraphs)
        {
            if (mended.Count > 0 && !EndsSentence(mended[^1]) && StartsLowerCase(paragraph))
            {
                mended[^1] = mended[^1] + " " + paragraph;
            }
            else
            {
                mended.Add(paragraph);
            }
        }

        return mended;
    }

    /// <summary>A closing quote or parenthesis ends a sentence only after . ! ? or … (« … pour tous. »).</summary>
    private static bool EndsSentence(string paragraph)
    {
        var end = paragraph.TrimEnd();
        if (end.Length == 0)
        {
            return true;
        }

        var last = end[^1];
        if (last is '»' or '"' or ')' or '”')
        {
            var inner = end[..^1].TrimEnd();
            return inner.Length > 0 && inner[^1] is '.' or '!' or '?' or '…';
        }

        return last is '.' or '!' or '?' or '…' or ':' or ';';
    }

    /// <summary>A page break leaves the rest of the sentence starting in lower case or with a number (« 700 000 »).</summary>
    private static bool StartsLowerCase(string paragraph)
    {
        foreach (var c in paragraph)
        {
            if (char.IsLetter(c))
            {
                return char.IsLower(c);
            }

            if (char.IsAsciiDigit(c))
            {
                return true;
            }

            if (c is not ('«' or '"' or ' ' or '(' or '\''))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The letters and digits of a label, folded: « Date(s) clé(e)s » → « datescleees ».</summary>
    private static string Key(string text)
    {
        var folded = Slugs.Fold(text);
        return string.Create(folded.Count(char.IsAsciiLetterOrDigit), folded, static (span, source) =>
        {
            var i = 0;
            foreach (var c in source)
            {
                if (char.IsAsciiLetterOrDigit(c))
                {
                    span[i++] = c;
                }
            }
        });
    }

    /// <summary>Only the exact key-data labels, for lines inside the question or answer text.</summary>
    private static Field ClassifyExact(string key) => key switch
    {
        "auteur" or "circonscription" or "rubrique" or "typedequestion" or "numerodelaquestion" or "tetedanalyse" or "analyse" or "analyses"
            or "ministereinterroge" or "ministereattributaire" or "ministererepondant" => Classify(key),
        "questionpublieeaujole" or "questionpublieele" or "reponsepublieeaujole" or "reponsepublieele" or "datedesignalement"
            or "datedechangementdattribution" or "datedecloture" or "datederenouvellement" or "questionretireele" => Classify(key),
        _ => Field.Unknown,
    };

    private static Field Classify(string key) => key switch
    {
        "auteur" or "auteure" or "depute" or "deputee" or "questionde" => Field.Author,
        "identifiant" or "identifiantdudepute" or "identifiantdelauteur" => Field.AuthorId,
        "circonscription" => Field.Circonscription,
        "groupe" or "groupepolitique" => Field.Group,
        "typedequestion" or "type" => Field.QuestionType,
        "numerodelaquestion" or "numero" or "ndelaquestion" => Field.Number,
        "rubrique" => Field.Rubrique,
        "titre" or "titredelaquestion" => Field.Title,
        "tetedanalyse" => Field.TeteAnalyse,
        "analyse" or "analyses" => Field.Analyses,
        "ministereinterroge" or "ministreinterroge" => Field.MinistryAsked,
        "ministereattributaire" or "ministererepondant" or "ministreattributaire" or "ministrerepondant" => Field.MinistryAssigned,
        "date" or "dates" => Field.Date,
        "legislature" => Field.Legislature,
        _ when key.StartsWith("questionpubliee", StringComparison.Ordinal) || key.StartsWith("publicationdelaquestion", StringComparison.Ordinal) => Field.QuestionPublished,
        _ when key.StartsWith("publicationdelareponse", StringComparison.Ordinal) => Field.AnswerPublished,
        _ when key.StartsWith("reponsepubliee", StringComparison.Ordinal) => Field.AnswerPublished,
        _ when key.Contains("signalement", StringComparison.Ordinal) || key.StartsWith("questionsignalee", StringComparison.Ordinal) => Field.Signaled,
        _ when key.Contains("changementdattribution", StringComparison.Ordinal) => Field.AttributionChanged,
        _ when key.StartsWith("datedecloture", StringComparison.Ordinal) || key.StartsWith("cloture", StringComparison.Ordinal)
            || key.StartsWith("questionretiree", StringComparison.Ordinal) || key.StartsWith("questioncloturee", StringComparison.Ordinal) => Field.Closed,
        _ when key.Contains("renouvel", StringComparison.Ordinal) => Field.Renewed,
        _ when key.StartsWith("erratum", StringComparison.Ordinal) || key.StartsWith("errata", StringComparison.Ordinal) => Field.Erratum,
        _ => Field.Unknown,
    };

    private static string UpperFirst(string value) =>
        value.Length == 0 || char.IsUpper(value[0]) ? value : char.ToUpper(value[0], CultureInfo.GetCultureInfo("fr-FR")) + value[1..];

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Truncate(string value) => value.Length <= 80 ? value : value[..80] + "…";

    [GeneratedRegex(@"^(?:[-–•] |[0-9]{1,2}[.)] )")]
    private static partial Regex ListItemPattern();

    [GeneratedRegex(@"^dates?(cle[fes]*)?$")]
    private static partial Regex KeyDatesHeading();

    [GeneratedRegex(@"^(?:(?<n>[0-9]{1,2})\s*(?:e|è|ème|eme|ième|ieme|em)?\s*l[ée]gislature|l[ée]gislature\s*:?\s*(?<n>[0-9]{1,2})(?:\s*(?:e|è|ème|eme))?)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex LegislaturePattern();

    [GeneratedRegex(@"^question\s*(?<kind>[ée]crite|au\s+gouvernement|orale\s+sans\s+d[ée]bat|orale)?\s*n\s*[°º˚o]?\s*\.?\s*:?\s*(?<n>[0-9]{1,6})\b(?:\s*[:\-–—]\s*(?<title>.+))?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex IdentifierPattern();

    [GeneratedRegex(@"^(?<label>[^:>]{1,80}?)\s*(?::|>)\s*(?<value>.*)$")]
    private static partial Regex LabelPattern();

    [GeneratedRegex(@"^(?<civility>Mme\.?|Mlle\.?|Monsieur|Madame|Mademoiselle|M\.?)\s+(?<name>\S.*)$")]
    private static partial Regex CivilityPattern();

    [GeneratedRegex(@"^(?<department>.+?)\s*\(\s*(?<number>[0-9]{1,2})\s*(?:er|ère|ere|re|ème|eme|ième|ieme|e)?\s*(?:circonscription|circ\.?)?\s*\)\s*(?:[-–—]\s*(?<group>.*))?$", RegexOptions.IgnoreCase)]
    private static partial Regex CirconscriptionPattern();

    [GeneratedRegex(@"^(?<name>[^()]+?)\s*\((?<place>[^()]+)\)$")]
    private static partial Regex AuthorPlacePattern();

    [GeneratedRegex(@"^de\s+(?<name>(?:M\.|Mme|Mlle)\s+[^()]+?)\s*\(\s*(?<group>[^()]*?)\s+[-–—]\s+(?<department>[^()]*?)\s*\)$")]
    private static partial Regex OlderAuthorPattern();

    [GeneratedRegex(@"PA[0-9]{1,9}", RegexOptions.IgnoreCase)]
    private static partial Regex DeputyIdPattern();

    [GeneratedRegex(@"\s+[-–—]\s+")]
    private static partial Regex DashSeparator();

    [GeneratedRegex(@"\bp(?:age|\.)\s*:?\s*(?<page>[0-9]{1,6})\b", RegexOptions.IgnoreCase)]
    private static partial Regex PagePattern();

    [GeneratedRegex(@"[0-9]{1,9}")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"\((?<inner>[^()]*)\)")]
    private static partial Regex ParenthesisPattern();
}
