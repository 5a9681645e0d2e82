using System.Globalization;
using System.Text.Json;
using AngleSharp.Html.Parser;
using QuestionsEcrites.Domain.Questions;
using QuestionsEcrites.Import.Parsing.Html;

namespace QuestionsEcrites.Import.Parsing.Json;

/// <summary>
/// Parses one question of the Assemblée's open-data dump (JSON, <c>{"question": {…}}</c>). Any field may be null or
/// missing; lists may be an object or an array. Deputies are known there only by identifier (« PA842279 »), which
/// stands for the name until a deputies file resolves it.
/// </summary>
public static class OpenDataQuestionParser
{
    private static readonly HashSet<string> KnownSchemas = new(StringComparer.Ordinal)
    {
        "QuestionEcrite_Type", "QuestionGouvernement_Type", "QuestionOraleSansDebat_Type",
    };

    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 64 };

    public static ParseResult<ParsedQuestion> Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException ex)
        {
            return ParseResult<ParsedQuestion>.Failure($"JSON invalide : {ex.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return ParseResult<ParsedQuestion>.Failure("document JSON qui n'est pas une question de l'open data (objet « question » attendu)");
            }

            if (root.TryGetProperty("acteur", out _))
            {
                return ParseResult<ParsedQuestion>.Failure("fiche de député (acteur) : ce n'est pas une question");
            }

            var question = root.TryGetProperty("question", out var inner) && inner.ValueKind == JsonValueKind.Object ? inner : root;
            return Read(question);
        }
    }

    private static ParseResult<ParsedQuestion> Read(JsonElement q)
    {
        var warnings = new List<string>();
        var schema = Str(q, "@xsi:type");
        if (schema is not null && !KnownSchemas.Contains(schema))
        {
            return ParseResult<ParsedQuestion>.Failure($"version de schéma inconnue : « {schema} »");
        }

        var identifiant = Obj(q, "identifiant");
        var number = Int(identifiant, "numero");
        var legislature = Int(identifiant, "legislature");
        if (number is null || legislature is null)
        {
            return ParseResult<ParsedQuestion>.Failure(
                Str(q, "uid") is null && identifiant is null
                    ? "document JSON qui n'est pas une question de l'open data (ni « uid » ni « identifiant »)"
                    : "identifiant.numero ou identifiant.legislature manquant ou illisible");
        }

        var type = Str(q, "type")?.ToUpperInvariant() switch
        {
            "QE" or null => QuestionType.QE,
            "QG" => QuestionType.QG,
            "QOSD" => QuestionType.QOSD,
            var other => (QuestionType?)null,
        };
        if (type is null)
        {
            return ParseResult<ParsedQuestion>.Failure($"type de question inconnu : « {Str(q, "type")} »");
        }

        var indexation = Obj(q, "indexationAN");
        var rubrique = Str(indexation, "rubrique");
        var tete = Str(indexation, "teteAnalyse");
        var analyses = Items(Obj(indexation, "analyses"), "analyse").Select(a => a.ValueKind == JsonValueKind.String ? a.GetString() : null).OfType<string>().Where(a => a.Length > 0).ToList();

        // Versions of the question's and the answer's text: the first gives the date, the latest the words.
        var questionTexts = Versions(Obj(q, "textesQuestion"), "texteQuestion");
        var answerTexts = Versions(Obj(q, "textesReponse"), "texteReponse");
        var text = questionTexts.Count > 0 ? HtmlToText(questionTexts[^1].Html) : string.Empty;
        if (text.Length == 0 && type == QuestionType.QE)
        {
            return ParseResult<ParsedQuestion>.Failure("textesQuestion.texteQuestion.texte absent : texte de la question manquant");
        }

        // Attribution history: the ministry asked first, then each attributaire with its date.
        var attributions = Items(Obj(q, "minAttribs"), "minAttrib")
            .Select(a => (Date: Date(Obj(a, "infoJO"), "dateJO"), Name: Name(Obj(a, "denomination"))))
            .Where(a => a.Name is not null)
            .OrderBy(a => a.Date ?? DateOnly.MinValue)
            .ToList();
        var asked = Name(Obj(q, "minInt"));
        var assigned = attributions.Count > 0 ? attributions[^1].Name : null;
        DateOnly? attributionChanged = attributions.Count > 1 ? attributions[^1].Date : null;

        var publishedOn = questionTexts.Count > 0 ? questionTexts[0].Date : null;
        var joPage = questionTexts.Count > 0 ? questionTexts[0].Page : null;
        publishedOn ??= attributions.Count > 0 ? attributions[0].Date : null;
        if (publishedOn is null)
        {
            warnings.Add("date de publication de la question absente");
        }

        ParsedAnswer? answer = null;
        if (answerTexts.Count > 0)
        {
            var answerText = HtmlToText(answerTexts[^1].Html);
            answer = new ParsedAnswer(answerTexts[0].Date, answerTexts[0].Page, answerText.Length == 0 ? null : answerText);
        }

        var cloture = Obj(q, "cloture");
        var closureCode = Str(cloture, "codeCloture");
        DateOnly? closedOn = null;
        string? closureReason = null;
        if (cloture is not null && closureCode is not "REP_PUB")
        {
            // « Réponse publiée » closes the question by answering it; any other closure ends it unanswered.
            closedOn = Date(cloture, "dateCloture");
            closureReason = Str(cloture, "libelleCloture");
        }

        var auteur = Obj(q, "auteur");
        var actor = Str(Obj(auteur, "identite"), "acteurRef");
        var group = Str(Obj(auteur, "groupe"), "developpe") ?? Str(Obj(auteur, "groupe"), "abrege");
        var author = actor is null ? null : new ParsedAuthor(null, actor, null, null, group, actor.ToUpperInvariant());
        if (author is null)
        {
            warnings.Add("auteur.identite.acteurRef absent");
        }

        var title = analyses.FirstOrDefault() ?? tete;
        return new ParseResult<ParsedQuestion>(
            new ParsedQuestion
            {
                Type = type.Value,
                Legislature = legislature.Value,
                Number = number.Value,
                Title = title is null ? UpperFirst(rubrique) ?? $"Question n° {number}" : UpperFirst(title)!,
                TitleIsFallback = title is null,
                Text = text,
                Rubrique = UpperFirst(rubrique),
                TeteAnalyse = UpperFirst(tete),
                Analyses = analyses.Count == 0 ? null : string.Join(" ; ", analyses.Select(UpperFirst)),
                MinistryAsked = asked,
                MinistryAssigned = assigned,
                Author = author,
                PublishedOn = publishedOn,
                JoPage = joPage,
                SignaledOn = FirstDate(q, "signalement"),
                AttributionChangedOn = attributionChanged,
                ClosedOn = closedOn,
                ClosureReason = closureReason,
                Answer = answer,
                Events = Events(q, attributions, questionTexts, answerTexts),
            },
            [],
            warnings);
    }

    private sealed record TextVersion(DateOnly? Date, int? Page, string Html);

    /// <summary>Each attribution after the first, each renewal, the signalement, and republished texts as errata.</summary>
    private static List<ParsedEvent> Events(JsonElement q, List<(DateOnly? Date, string? Name)> attributions, List<TextVersion> questionTexts, List<TextVersion> answerTexts)
    {
        var events = attributions.Skip(1).Select(a => new ParsedEvent(QuestionEventKind.ChangementAttribution, a.Date, a.Name)).ToList();
        if (q.TryGetProperty("renouvellements", out var renewals) && renewals.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
        {
            foreach (var date in AllDates(renewals).Distinct())
            {
                events.Add(new ParsedEvent(QuestionEventKind.Renouvellement, date, null));
            }
        }

        if (FirstDate(q, "signalement") is { } signaled)
        {
            events.Add(new ParsedEvent(QuestionEventKind.Signalement, signaled, null));
        }

        events.AddRange(questionTexts.Skip(1).Select(v => new ParsedEvent(QuestionEventKind.Erratum, v.Date, "texte de la question republié")));
        events.AddRange(answerTexts.Skip(1).Select(v => new ParsedEvent(QuestionEventKind.Erratum, v.Date, "texte de la réponse republié")));
        return events;
    }

    private static IEnumerable<DateOnly> AllDates(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => AllDates(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(AllDates),
        JsonValueKind.String when FrenchDates.Parse(element.GetString()!) is { } date => [date],
        _ => [],
    };

    private static List<TextVersion> Versions(JsonElement? container, string name) =>
        Items(container, name)
            .Select(v => new TextVersion(Date(Obj(v, "infoJO"), "dateJO"), Int(Obj(v, "infoJO"), "pageJO"), Str(v, "texte") ?? string.Empty))
            .OrderBy(v => v.Date ?? DateOnly.MinValue)
            .ToList();

    /// <summary>The open data's HTML text as clean paragraphs.</summary>
    private static string HtmlToText(string html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return string.Empty;
        }

        var document = new HtmlParser().ParseDocument("<body>" + html + "</body>");
        var blocks = HtmlText.BlocksOf(document.Body!);
        return Text.PageBreaks.Join(blocks);
    }

    /// <summary>A list that the dump writes as one object when it has one item, as an array otherwise.</summary>
    private static IEnumerable<JsonElement> Items(JsonElement? container, string name)
    {
        if (container is not { } c || !c.TryGetProperty(name, out var value))
        {
            return [];
        }

        return value.ValueKind switch
        {
            JsonValueKind.Array => value.EnumerateArray().Where(e => e.ValueKind is JsonValueKind.Object or JsonValueKind.String).ToList(),
            JsonValueKind.Object or JsonValueKind.String => [value],
            _ => [],
        };
    }

    private static JsonElement? Obj(JsonElement? element, string name) =>
        element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    private static string? Str(JsonElement? element, string name) =>
        element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => string.IsNullOrWhiteSpace(value.GetString()) ? null : value.GetString()!.Trim(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;

    private static int? Int(JsonElement? element, string name) =>
        int.TryParse(Str(element, name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static DateOnly? Date(JsonElement? element, string name) => Str(element, name) is { } text ? FrenchDates.Parse(text) : null;

    private static string? Name(JsonElement? organ) => Str(organ, "developpe") ?? Str(organ, "abrege");

    /// <summary>The first date anywhere under a property (the dump's shape of « signalement » varies).</summary>
    private static DateOnly? FirstDate(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return FrenchDates.Parse(value.GetRawText());
    }

    private static string? UpperFirst(string? value) =>
        string.IsNullOrEmpty(value) || char.IsUpper(value[0]) ? value : char.ToUpper(value[0], CultureInfo.GetCultureInfo("fr-FR")) + value[1..];
}
