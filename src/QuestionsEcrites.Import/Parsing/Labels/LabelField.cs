namespace QuestionsEcrites.Import.Parsing.Labels;

/// <summary>The fields a labelled line of a page can give (« Rubrique : santé », « Question publiée au JO le : … »).</summary>
public enum LabelField
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
