using System.Globalization;
using System.Text.Json;
using AngleSharp.Html.Parser;
using QuestionsEcrites.Domain.Text;
using QuestionsEcrites.Import.OpenData;
using QuestionsEcrites.Import.Parsing.Html;

namespace QuestionsEcrites.Import.Parsing.Json;

/// <summary>
/// Reads one question of the Assemblée's open-data dump (JSON <c>{"question": {…}}</c>, or its XML read as that JSON
/// by <see cref="OpenDataXml"/>) into typed records
/// (<see cref="OpenDataQuestion"/>), then into a <see cref="QuestionDraft"/> built like every other format's. Any
/// field may be null or missing; lists may be an object or an array. The title is the first analyse, else the tête
/// d'analyse, else the rubrique.
/// </summary>
/// <remarks>
/// Deputies are known there only by identifier (« PA842279 »): the opening of the question's text names them
/// (<see cref="AuthorOpening"/>) until a deputies file does.
/// </remarks>
public static class OpenDataQuestionParser
{
    private static readonly HashSet<string> KnownSchemas = new(StringComparer.Ordinal)
    {
        "QuestionEcrite_Type", "QuestionGouvernement_Type", "QuestionOraleSansDebat_Type",
    };

    public static ParseResult<ParsedQuestion> Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json, OpenDataJson.DocumentOptions);
            return Parse(document.RootElement);
        }
        catch (JsonException ex)
        {
            return ParseResult<ParsedQuestion>.Failure(OpenDataJson.InvalidMessage(ex));
        }
    }

    /// <summary>A question of the dump already read (from its JSON, or from its XML by <see cref="OpenDataXml"/>).</summary>
    public static ParseResult<ParsedQuestion> Parse(JsonElement root)
    {
        try
        {
            return ParseRoot(root);
        }
        catch (InvalidOperationException)
        {
            // A name or string escape with half a UTF-16 pair (« \uD800 » alone): well-formed JSON, unreadable text
            // (found by fuzzing).
            return ParseResult<ParsedQuestion>.Failure(OpenDataJson.LoneSurrogateMessage);
        }
    }

    private static ParseResult<ParsedQuestion> ParseRoot(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return ParseResult<ParsedQuestion>.Failure("document qui n'est pas une question de l'open data (objet « question » attendu)");
        }

        if (root.TryGetProperty("acteur", out _))
        {
            return ParseResult<ParsedQuestion>.Failure("fiche de député (acteur) : ce n'est pas une question");
        }

        try
        {
            var question = root.TryGetProperty("question", out var inner) && inner.ValueKind == JsonValueKind.Object ? inner : root;
            return Read(OpenDataJson.Read<OpenDataQuestion>(question)!);
        }
        catch (JsonException ex)
        {
            return ParseResult<ParsedQuestion>.Failure($"question illisible : {ex.Message}");
        }
    }

    private static ParseResult<ParsedQuestion> Read(OpenDataQuestion q)
    {
        if (q.Schema is not null && !KnownSchemas.Contains(q.Schema))
        {
            return ParseResult<ParsedQuestion>.Failure($"version de schéma inconnue : « {q.Schema} »");
        }

        var number = Int(q.Identifiant?.Numero);
        var legislature = Int(q.Identifiant?.Legislature);
        if (number is null || legislature is null)
        {
            return ParseResult<ParsedQuestion>.Failure(
                q.Uid is null && q.Identifiant is null
                    ? "document qui n'est pas une question de l'open data (ni « uid » ni « identifiant »)"
                    : "identifiant.numero ou identifiant.legislature manquant ou illisible");
        }

        QuestionType? type = q.Type?.ToUpperInvariant() switch
        {
            "QE" or null => QuestionType.QE,
            "QG" => QuestionType.QG,
            "QOSD" => QuestionType.QOSD,
            _ => null,
        };
        if (type is null)
        {
            return ParseResult<ParsedQuestion>.Failure($"type de question inconnu : « {q.Type} »");
        }

        // Versions of the question's and the answer's text: the first gives the date, the latest the words.
        var questionTexts = Versions(q.TextesQuestion?.TexteQuestion);
        var answerTexts = Versions(q.TextesReponse?.TexteReponse);
        var draft = new QuestionDraft { Type = type, Legislature = legislature, Number = number };
        if (questionTexts.Count > 0)
        {
            draft.QuestionParagraphs.AddRange(Paragraphs(questionTexts[^1].Html));
        }

        if (draft.QuestionParagraphs.Count == 0 && type == QuestionType.QE)
        {
            return ParseResult<ParsedQuestion>.Failure("textesQuestion.texteQuestion.texte absent : texte de la question manquant");
        }

        ReadIndexation(q.IndexationAN, draft);
        var attributions = ReadMinistries(q, draft);
        draft.PublishedOn = questionTexts.Count > 0 ? questionTexts[0].Date : null;
        draft.JoPage = questionTexts.Count > 0 ? questionTexts[0].Page : null;
        draft.PublishedOn ??= attributions.Count > 0 ? attributions[0].Date : null;
        if (answerTexts.Count > 0)
        {
            draft.AnswerAnnounced = true;
            draft.AnswerPublishedOn = answerTexts[0].Date;
            draft.AnswerJoPage = answerTexts[0].Page;
            draft.AnswerParagraphs.AddRange(Paragraphs(answerTexts[^1].Html));
        }

        // « Réponse publiée » closes the question by answering it; any other closure ends it unanswered.
        if (q.Cloture is { } cloture && cloture.CodeCloture is not "REP_PUB")
        {
            draft.ClosedOn = Date(cloture.DateCloture);
            draft.ClosureReason = cloture.LibelleCloture;
        }

        ReadAuthor(q.Auteur, draft);
        draft.SignaledOn = FirstDate(q.Signalement);
        AddEvents(q, attributions, questionTexts, answerTexts, draft);
        return QuestionDraftBuilder.Build(draft, DraftRules.OpenData);
    }

    private static void ReadIndexation(OpenDataIndexation? indexation, QuestionDraft draft)
    {
        var analyses = (indexation?.Analyses?.Analyse ?? []).Where(a => a.Length > 0).Select(FrenchText.UpperFirst).ToList();
        draft.Rubrique = FrenchText.UpperFirstOrNull(indexation?.Rubrique);
        draft.TeteAnalyse = FrenchText.UpperFirstOrNull(indexation?.TeteAnalyse);
        draft.Analyses = analyses.Count == 0 ? null : string.Join(" ; ", analyses);
        draft.Title = analyses.FirstOrDefault() ?? draft.TeteAnalyse;
    }

    /// <summary>The ministry asked, then each attributaire with its date: the last one must answer.</summary>
    private static List<(DateOnly? Date, string Name)> ReadMinistries(OpenDataQuestion q, QuestionDraft draft)
    {
        var attributions = (q.MinAttribs?.MinAttrib ?? [])
            .Select(a => (Date: Date(a.InfoJO?.DateJO), Name: a.Denomination?.Name))
            .Where(a => a.Name is not null)
            .Select(a => (a.Date, Name: a.Name!))
            .OrderBy(a => a.Date ?? DateOnly.MinValue)
            .ToList();
        draft.MinistryAsked = q.MinInt?.Name;
        draft.MinistryAssigned = attributions.Count > 0 ? attributions[^1].Name : null;
        draft.AttributionChangedOn = attributions.Count > 1 ? attributions[^1].Date : null;
        return attributions;
    }

    private static void ReadAuthor(OpenDataAuteur? auteur, QuestionDraft draft)
    {
        if (auteur?.Identite?.ActeurRef is not { } actor)
        {
            draft.Warnings.Add("auteur.identite.acteurRef absent");
            return;
        }

        // The text opens with the deputy's civility and name; failing that, the identifier stands for the name. A
        // deputies file, or a page, names the deputy for good.
        var anId = actor.ToUpperInvariant();
        if (AuthorOpening.Read(draft.QuestionParagraphs.FirstOrDefault()) is var (civility, name))
        {
            draft.Author = new DraftAuthorLine(actor, civility, name, null, null, AuthorNameSource.QuestionText);
            draft.Warnings.Add($"auteur {anId} nommé d'après le début du texte : « {civility} {name} » (à confirmer par le fichier des députés)");
        }
        else
        {
            draft.Author = new DraftAuthorLine(actor, null, anId, null, null, AuthorNameSource.Identifier);
        }

        draft.AuthorId = anId;
        draft.Group = auteur.Groupe?.Name;
    }

    /// <summary>Each attribution after the first, each renewal, the signalement, and republished texts as errata.</summary>
    private static void AddEvents(OpenDataQuestion q, List<(DateOnly? Date, string Name)> attributions, List<TextVersion> questionTexts, List<TextVersion> answerTexts, QuestionDraft draft)
    {
        var events = draft.Events;
        events.AddRange(attributions.Skip(1).Select(a => new ParsedEvent(QuestionEventKind.ChangementAttribution, a.Date, a.Name)));
        if (q.Renouvellements is { ValueKind: JsonValueKind.Object or JsonValueKind.Array } renewals)
        {
            events.AddRange(AllDates(renewals).Distinct().Select(date => new ParsedEvent(QuestionEventKind.Renouvellement, date, null)));
        }

        if (draft.SignaledOn is { } signaled)
        {
            events.Add(new ParsedEvent(QuestionEventKind.Signalement, signaled, null));
        }

        events.AddRange(questionTexts.Skip(1).Select(v => new ParsedEvent(QuestionEventKind.Erratum, v.Date, "texte de la question republié")));
        events.AddRange(answerTexts.Skip(1).Select(v => new ParsedEvent(QuestionEventKind.Erratum, v.Date, "texte de la réponse republié")));
    }

    private sealed record TextVersion(DateOnly? Date, int? Page, string Html);

    private static List<TextVersion> Versions(IReadOnlyList<OpenDataTexte>? versions) =>
        (versions ?? [])
            .Select(v => new TextVersion(Date(v.InfoJO?.DateJO), Int(v.InfoJO?.PageJO), v.Texte ?? string.Empty))
            .OrderBy(v => v.Date ?? DateOnly.MinValue)
            .ToList();

    /// <summary>The open data's HTML text as plain paragraphs (lists as « - item », table rows as « a | b »).</summary>
    private static List<string> Paragraphs(string html) =>
        string.IsNullOrWhiteSpace(html) ? [] : HtmlText.BlocksOf(new HtmlParser().ParseDocument("<body>" + html + "</body>").Body!);

    /// <summary>Every date anywhere under an element (the dump's shape of « renouvellements » varies).</summary>
    private static IEnumerable<DateOnly> AllDates(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => AllDates(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(AllDates),
        JsonValueKind.String when FrenchDates.Parse(element.GetString()!) is { } date => [date],
        _ => [],
    };

    /// <summary>The first date anywhere under an element (the dump's shape of « signalement » varies).</summary>
    private static DateOnly? FirstDate(JsonElement? element) =>
        element is { ValueKind: not JsonValueKind.Null } e ? FrenchDates.Parse(e.GetRawText()) : null;

    private static int? Int(string? text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static DateOnly? Date(string? text) => text is null ? null : FrenchDates.Parse(text);
}
