using QuestionsEcrites.Import.Parsing.Text;

namespace QuestionsEcrites.Import.Parsing.Drafts;

/// <summary>
/// The one step from a draft to a question: checks what <see cref="DraftRules"/> requires, chooses the title and
/// the publication date among what the document gave, assembles the author, the answer and the events, and says
/// in French what was missing (errors reject the document, warnings keep it).
/// </summary>
public static class QuestionDraftBuilder
{
    /// <summary>
    /// The longest text kept, in characters. The longest real answers (with their tables) run to some tens of
    /// thousands; a text of megabytes is a damaged or hostile file, and would make a page no one can read.
    /// </summary>
    public const int MaxTextLength = 500_000;

    /// <summary>The longest title kept: real ones hold a line or two.</summary>
    public const int MaxTitleLength = 2_000;

    public static ParseResult<ParsedQuestion> Build(QuestionDraft draft, DraftRules rules)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(rules);
        var errors = new List<string>();
        var warnings = draft.Warnings;
        var number = draft.Number ?? draft.KeyDataNumber;
        if (draft.Legislature is null)
        {
            errors.Add("législature introuvable (ligne « 17ème législature » attendue)");
        }

        if (number is null)
        {
            errors.Add("numéro de question introuvable (ligne « Question écrite n° … » attendue)");
        }
        else if (draft.Number is not null && draft.KeyDataNumber is not null && draft.Number != draft.KeyDataNumber)
        {
            warnings.Add($"numéro incohérent : n° {draft.Number} en tête, {draft.KeyDataNumber} dans les données clés ; {draft.Number} retenu");
        }

        var text = PageBreaks.Join(WithoutFurniture(draft.QuestionParagraphs, warnings));
        if (text.Length == 0 && rules.RequireText)
        {
            errors.Add("texte de la question absent (document tronqué ?)");
        }

        TooLong("texte de la question", text, MaxTextLength, errors);
        var author = BuildAuthor(draft, rules, warnings);
        if (author is null && rules.RequireAuthor)
        {
            errors.Add("auteur absent (ligne « Auteur : M. … » attendue ; document tronqué ?)");
        }

        if (draft.MinistryAsked is null && draft.MinistryAssigned is null && rules.RequireMinistry)
        {
            errors.Add("ministère absent (« Ministère interrogé » ou « Ministère attributaire » attendu ; document tronqué ?)");
        }

        var publishedOn = draft.PublishedOn ?? draft.PlainDate;
        if (publishedOn is null)
        {
            if (rules.RequirePublicationDate)
            {
                errors.Add("date de publication de la question absente (« Question publiée au JO le : … » attendue)");
            }
            else
            {
                warnings.Add("date de publication de la question absente");
            }
        }

        if (draft.Rubrique is null && rules.WarnMissingRubrique)
        {
            warnings.Add("rubrique absente");
        }

        var answer = BuildAnswer(draft, warnings);
        TooLong("texte de la réponse", answer?.Text, MaxTextLength, errors);
        TooLong("titre", draft.Title, MaxTitleLength, errors);
        if (errors.Count > 0)
        {
            return new ParseResult<ParsedQuestion>(null, errors, warnings);
        }

        // A document without a title is named by its tête d'analyse, else its rubrique, else its number.
        var title = draft.Title ?? draft.TeteAnalyse ?? draft.Rubrique ?? $"Question n° {number}";
        if (draft.Title is null && rules.WarnMissingTitle)
        {
            warnings.Add($"titre absent : « {title} » utilisé");
        }

        var question = new ParsedQuestion
        {
            Key = new QuestionKey(draft.Type ?? QuestionType.QE, draft.Legislature!.Value, number!.Value),
            Title = title,
            TitleIsFallback = draft.Title is null,
            Text = text,
            Indexation = new Indexation(draft.Rubrique, draft.TeteAnalyse, draft.Analyses),
            MinistryAsked = draft.MinistryAsked,
            MinistryAssigned = draft.MinistryAssigned,
            Author = author,
            PublishedOn = publishedOn,
            JoPage = draft.JoPage,
            SignaledOn = draft.SignaledOn,
            AttributionChangedOn = draft.AttributionChangedOn,
            ClosedOn = draft.ClosedOn,
            ClosureReason = draft.ClosureReason,
            Answer = answer,
            Events = BuildEvents(draft),
        };
        return new ParseResult<ParsedQuestion>(question, [], warnings);
    }

    /// <summary>
    /// The author from their line and the circonscription line: the circonscription line's place prevails over
    /// the author line's, and a group on a line of its own over both.
    /// </summary>
    private static ParsedAuthor? BuildAuthor(QuestionDraft draft, DraftRules rules, List<string> warnings)
    {
        if (draft.Author is not { } line)
        {
            return null;
        }

        if (line.Civility is null && rules.WarnMissingCivility)
        {
            warnings.Add($"civilité de l'auteur absente (« M. » ou « Mme » attendu) : « {line.Raw} »");
        }

        var circonscription = draft.Circonscription;
        var department = circonscription is not null ? circonscription.Department : line.Department;
        var group = draft.Group ?? line.Group ?? circonscription?.Group;
        return new ParsedAuthor(line.Civility, line.Name, department, circonscription?.Number, group, draft.AuthorId) { NameSource = line.Source };
    }

    private static ParsedAnswer? BuildAnswer(QuestionDraft draft, List<string> warnings)
    {
        var text = PageBreaks.Join(WithoutFurniture(draft.AnswerParagraphs, warnings));
        if (text.Length == 0 && draft.AnswerPublishedOn is null)
        {
            if (draft.AnswerAnnounced)
            {
                warnings.Add("réponse annoncée sans date ni texte : ignorée");
            }

            return null;
        }

        if (draft.AnswerPublishedOn is null)
        {
            warnings.Add("date de publication de la réponse absente");
        }

        return new ParsedAnswer(draft.AnswerPublishedOn, draft.AnswerJoPage, text.Length == 0 ? null : text);
    }

    /// <summary>The paragraphs of a text without the page's furniture (<see cref="PageFurniture"/>), whichever reader left it.</summary>
    private static List<string> WithoutFurniture(List<string> paragraphs, List<string> warnings)
    {
        var kept = new List<string>(paragraphs.Count);
        foreach (var paragraph in paragraphs)
        {
            var text = PageFurniture.Strip(paragraph);
            if (text is not null)
            {
                kept.Add(text);
            }

            if (text != paragraph)
            {
                warnings.Add($"éléments de page écartés du texte : « {Shorten(text is null ? paragraph : paragraph[text.Length..].Trim())} »");
            }
        }

        return kept;
    }

    private static void TooLong(string what, string? text, int max, List<string> errors)
    {
        if (text?.Length > max)
        {
            errors.Add(string.Create(QuestionsEcrites.Domain.Text.FrenchText.Culture, $"{what} trop long : {text.Length:N0} caractères (maximum {max:N0}) ; fichier abîmé ?"));
        }
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 79), "…");

    /// <summary>The document's events, with the signalement and the change of attribution when the list lacks them.</summary>
    private static List<ParsedEvent> BuildEvents(QuestionDraft draft)
    {
        var events = new List<ParsedEvent>(draft.Events);
        if (draft.SignaledOn is { } signaled && !events.Exists(e => e.Kind == QuestionEventKind.Signalement && e.Date == signaled))
        {
            events.Add(new ParsedEvent(QuestionEventKind.Signalement, signaled, null));
        }

        if (draft.AttributionChangedOn is { } changed && !events.Exists(e => e.Kind == QuestionEventKind.ChangementAttribution && e.Date == changed))
        {
            events.Add(new ParsedEvent(QuestionEventKind.ChangementAttribution, changed, draft.MinistryAssigned));
        }

        return events;
    }
}
