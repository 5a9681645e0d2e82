using System.Globalization;
using System.Text.RegularExpressions;
using QuestionsEcrites.Domain.Text;

namespace QuestionsEcrites.Import.Parsing.Labels;

/// <summary>
/// How the value of each labelled line goes into the draft: « Rubrique : santé » → « Santé », « Question publiée
/// au JO le : 22/10/2024 page : 5629 » → a date and a page, « Date de clôture : 12 juin 2024 (Fin de mandat) » →
/// a date and a reason. The first value of a field wins (pages repeat some labels further down). A value without a
/// letter or a digit (« - », « . », « ( ) ») is no value: the label gives nothing. This is where to change how a
/// field's value is read, for the text and HTML formats alike.
/// </summary>
public static partial class LabelledValues
{
    /// <summary>Longest value quoted back in a warning.</summary>
    private const int QuotedLength = 80;

    public static void Apply(LabelField field, string value, QuestionDraft draft)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(draft);

        // « Label :: value », « Label : > value »: a doubled separator is not part of the value.
        value = value.Trim().TrimStart(':', '>', ' ');
        if (!value.Any(char.IsLetterOrDigit))
        {
            return;
        }

        switch (field)
        {
            case LabelField.Title:
                draft.Title ??= value;
                break;
            case LabelField.Author:
                draft.Author ??= AuthorLines.ReadAuthor(value);
                break;
            case LabelField.AuthorId:
                if (DeputyIdPattern().Match(value) is { Success: true } id)
                {
                    draft.AuthorId ??= id.Value.ToUpperInvariant();
                }

                break;
            case LabelField.Circonscription:
                draft.Circonscription ??= AuthorLines.ReadCirconscription(value);
                break;
            case LabelField.Group:
                draft.Group ??= AuthorLines.NullIfEmpty(value);
                break;
            case LabelField.QuestionType:
                draft.Type ??= TypeFromKind(value);
                break;
            case LabelField.Number:
                draft.KeyDataNumber ??= FirstNumber(value);
                break;
            case LabelField.Rubrique:
                draft.Rubrique ??= FrenchText.UpperFirst(value.TrimEnd('.'));
                break;
            case LabelField.TeteAnalyse:
                draft.TeteAnalyse ??= FrenchText.UpperFirst(value);
                break;
            case LabelField.Analyses:
                draft.Analyses ??= FrenchText.UpperFirst(value);
                break;
            case LabelField.MinistryAsked:
                draft.MinistryAsked ??= value.TrimEnd('.');
                break;
            case LabelField.MinistryAssigned:
                draft.MinistryAssigned ??= value.TrimEnd('.');
                break;
            case LabelField.QuestionPublished:
                draft.PublishedOn ??= ReadDate(value, "Question publiée", draft);
                draft.JoPage ??= Page(value);
                break;
            case LabelField.AnswerPublished:
                draft.AnswerAnnounced = true;
                draft.AnswerPublishedOn ??= ReadDate(value, "Réponse publiée", draft);
                draft.AnswerJoPage ??= Page(value);
                break;
            case LabelField.Signaled:
                draft.SignaledOn ??= ReadDate(value, "Date de signalement", draft);
                break;
            case LabelField.AttributionChanged:
                draft.AttributionChangedOn ??= ReadDate(value, "Date de changement d'attribution", draft);
                break;
            case LabelField.Closed:
                ReadClosure(value, draft);
                break;
            case LabelField.Date:
                draft.PlainDate ??= ReadDate(value, "Date", draft);
                break;
            case LabelField.Legislature:
                if (FirstNumber(value) is { } legislature && legislature is > 0 and < 100)
                {
                    draft.Legislature ??= legislature;
                }

                break;
            case LabelField.Renewed:
                if (ReadDate(value, "Date de renouvellement", draft) is { } renewed)
                {
                    draft.Events.Add(new ParsedEvent(QuestionEventKind.Renouvellement, renewed, null));
                }

                break;
            case LabelField.Erratum:
                draft.Events.Add(new ParsedEvent(QuestionEventKind.Erratum, FrenchDates.Parse(value), AuthorLines.NullIfEmpty(value)));
                break;
            case LabelField.Unknown:
                break;
        }
    }

    /// <summary>« Question écrite » → QE, « au Gouvernement » → QG, « orale sans débat » → QOSD; null when unknown.</summary>
    public static QuestionType? TypeFromKind(string kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        var key = LabelVocabulary.Key(kind);
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

    public static string Quote(string value) => value.Length <= QuotedLength ? value : value[..QuotedLength] + "…";

    private static DateOnly? ReadDate(string value, string label, QuestionDraft draft)
    {
        var date = FrenchDates.Parse(value);
        if (date is null)
        {
            draft.Warnings.Add($"date illisible pour « {label} » : « {Quote(value)} »");
        }

        return date;
    }

    /// <summary>« 12 juin 2024 (Fin de mandat) », « Caduque le 01/07/2024 »: the date, and the rest as the reason.</summary>
    private static void ReadClosure(string value, QuestionDraft draft)
    {
        var found = FrenchDates.Find(value);
        draft.ClosedOn ??= found?.Date;
        var rest = found is { } f ? value.Remove(f.Index, f.Length) : value;
        var reason = ParenthesisPattern().Match(rest) is { Success: true } p ? p.Groups["inner"].Value : rest;
        reason = reason.Trim(' ', '(', ')', ',', ';', ':', '-', '–', '.');
        draft.ClosureReason ??= AuthorLines.NullIfEmpty(FrenchText.UpperFirst(reason));
    }

    private static int? Page(string value) =>
        PagePattern().Match(value) is { Success: true } page ? int.Parse(page.Groups["page"].Value, CultureInfo.InvariantCulture) : null;

    private static int? FirstNumber(string value) =>
        NumberPattern().Match(value) is { Success: true } n && int.TryParse(n.Value, CultureInfo.InvariantCulture, out var number) ? number : null;

    [GeneratedRegex(@"PA[0-9]{1,9}", RegexOptions.IgnoreCase)]
    private static partial Regex DeputyIdPattern();

    // « page 120 », « p. 120 », and glued to the date: « 14/01/2025page 120 ».
    [GeneratedRegex(@"(?<!\p{L})p(?:age|\.)\s*:?\s*(?<page>[0-9]{1,6})\b", RegexOptions.IgnoreCase)]
    private static partial Regex PagePattern();

    [GeneratedRegex(@"[0-9]{1,9}")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"\((?<inner>[^()]*)\)")]
    private static partial Regex ParenthesisPattern();
}
