namespace QuestionsEcrites.Web.Searching;

/// <summary>One result of a search or browse, with its snippet (HTML: encoded text and &lt;mark&gt; tags).</summary>
public sealed record QuestionListItem(
    QuestionType Type,
    int Legislature,
    int Number,
    string Title,
    string? Rubrique,
    string? RubriqueSlug,
    string? MinistryAssigned,
    string? Author,
    string? AuthorSlug,
    string? Group,
    DateOnly? PublishedOn,
    DateOnly? AnsweredOn,
    QuestionStatus Status,
    string? Snippet,
    string? AuthorId = null)
{
    /// <summary>The <c>type</c> of the question's URL: none for a written question (the default), else its code.</summary>
    public string? TypeRouteValue => Type == QuestionType.QE ? null : Type.ToString();

    /// <summary>The question's clock, as far as a list knows it (the signalement is not listed).</summary>
    public AnswerClock Clock => new(PublishedOn, AnsweredOn, null, Status);
}
