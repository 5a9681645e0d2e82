using QuestionsEcrites.Domain.Questions;

namespace QuestionsEcrites.Web.Browsing;

/// <summary>One line of a question list.</summary>
public sealed record QuestionSummary(
    QuestionType Type,
    int Legislature,
    int Number,
    string Title,
    string? Rubrique,
    string? MinistryAssigned,
    string? Author,
    string? Group,
    DateOnly? PublishedOn,
    DateOnly? AnsweredOn,
    QuestionStatus Status);
