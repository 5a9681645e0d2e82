using System.Text.RegularExpressions;
using QuestionsEcrites.Domain.Text;

namespace QuestionsEcrites.Import.Parsing.Labels;

/// <summary>
/// The words of the Assemblée's pages, one vocabulary for the text and HTML readers alike: which label gives which
/// field, which heading opens which section. Labels are compared by their folded letters (<see cref="Key"/>), so
/// markdown, case, accents and spelling variants (« Date(s) clé(e)s », « Ministère répondant ») lead to one field.
/// To read a new spelling of a label, add its key here.
/// </summary>
public static partial class LabelVocabulary
{
    /// <summary>The letters and digits of a label, folded: « Date(s) clé(e)s » → « datescleees ».</summary>
    public static string Key(string text)
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

    /// <summary>The field of a key-data label, with every spelling seen in the wild.</summary>
    public static LabelField Classify(string key) => key switch
    {
        "auteur" or "auteure" or "depute" or "deputee" or "questionde" => LabelField.Author,
        "identifiant" or "identifiantdudepute" or "identifiantdelauteur" => LabelField.AuthorId,
        "circonscription" => LabelField.Circonscription,
        "groupe" or "groupepolitique" => LabelField.Group,
        "typedequestion" or "type" => LabelField.QuestionType,
        "numerodelaquestion" or "numero" or "ndelaquestion" => LabelField.Number,
        "rubrique" => LabelField.Rubrique,
        "titre" or "titredelaquestion" => LabelField.Title,
        "tetedanalyse" => LabelField.TeteAnalyse,
        "analyse" or "analyses" => LabelField.Analyses,
        "ministereinterroge" or "ministreinterroge" => LabelField.MinistryAsked,
        "ministereattributaire" or "ministererepondant" or "ministreattributaire" or "ministrerepondant" => LabelField.MinistryAssigned,
        "date" or "dates" => LabelField.Date,
        "legislature" => LabelField.Legislature,
        _ when key.StartsWith("questionpubliee", StringComparison.Ordinal) || key.StartsWith("publicationdelaquestion", StringComparison.Ordinal) => LabelField.QuestionPublished,
        _ when key.StartsWith("publicationdelareponse", StringComparison.Ordinal) => LabelField.AnswerPublished,
        _ when key.StartsWith("reponsepubliee", StringComparison.Ordinal) => LabelField.AnswerPublished,
        _ when key.Contains("signalement", StringComparison.Ordinal) || key.StartsWith("questionsignalee", StringComparison.Ordinal) => LabelField.Signaled,
        _ when key.Contains("changementdattribution", StringComparison.Ordinal) => LabelField.AttributionChanged,
        _ when key.StartsWith("datedecloture", StringComparison.Ordinal) || key.StartsWith("cloture", StringComparison.Ordinal)
            || key.StartsWith("questionretiree", StringComparison.Ordinal) || key.StartsWith("questioncloturee", StringComparison.Ordinal) => LabelField.Closed,
        _ when key.Contains("renouvel", StringComparison.Ordinal) => LabelField.Renewed,
        _ when key.StartsWith("erratum", StringComparison.Ordinal) || key.StartsWith("errata", StringComparison.Ordinal) => LabelField.Erratum,
        _ => LabelField.Unknown,
    };

    /// <summary>
    /// Only the exact key-data labels: inside a question or an answer, « Concernant le signalement … : » is a
    /// sentence, not a label.
    /// </summary>
    public static LabelField ClassifyExact(string key) => key switch
    {
        "auteur" or "circonscription" or "rubrique" or "typedequestion" or "numerodelaquestion" or "tetedanalyse" or "analyse" or "analyses"
            or "ministereinterroge" or "ministereattributaire" or "ministererepondant" => Classify(key),
        "questionpublieeaujole" or "questionpublieele" or "reponsepublieeaujole" or "reponsepublieele" or "datedesignalement"
            or "datedechangementdattribution" or "datedecloture" or "datederenouvellement" or "questionretireele" => Classify(key),
        _ => LabelField.Unknown,
    };

    /// <summary>The section a heading opens (« Texte de la question », « Réponse du ministère », « Données clés »…).</summary>
    public static PageSection? HeadingSection(string key) => key switch
    {
        "textedelaquestion" or "question" or "textedelaquestionecrite" => PageSection.Question,
        "textedelareponse" or "reponse" or "reponseduministere" => PageSection.Answer,
        "donneescles" or "donneesclefs" or "informations" or "donneesclesdelaquestion" => PageSection.KeyData,
        _ when KeyDatesHeading().IsMatch(key) => PageSection.KeyData,
        _ => null,
    };

    /// <summary>Labels whose value is a date (« … au JO le 3 décembre 2024, page 6484 »).</summary>
    public static bool IsDateField(LabelField field) =>
        field is LabelField.QuestionPublished or LabelField.AnswerPublished or LabelField.Signaled or LabelField.AttributionChanged
            or LabelField.Closed or LabelField.Renewed or LabelField.Date;

    // « Date(s) clé(s) », « Dates clés », « Date »…
    [GeneratedRegex(@"^dates?(cle[fes]*)?$")]
    private static partial Regex KeyDatesHeading();
}
