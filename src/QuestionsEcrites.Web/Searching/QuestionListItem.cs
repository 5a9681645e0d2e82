using QuestionsEcrites.Domain.Questions;

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
    string? Snippet)
{
    public string Url => Type == QuestionType.QE
        ? $"/questions/{Legislature}/{Number}"
        : $"/questions/{Legislature}/{Number}?type={Type}";
}
