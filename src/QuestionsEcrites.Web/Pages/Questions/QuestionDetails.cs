using QuestionsEcrites.Domain.Questions;

namespace QuestionsEcrites.Web.Pages.Questions;

/// <summary>Everything the detail page shows of one question.</summary>
public sealed record QuestionDetails
{
    public required QuestionType Type { get; init; }

    public required int Legislature { get; init; }

    public required int Number { get; init; }

    public required string Title { get; init; }

    public required string Text { get; init; }

    public string? Rubrique { get; init; }

    public string? RubriqueSlug { get; init; }

    public string? TeteAnalyse { get; init; }

    public string? Analyses { get; init; }

    public string? MinistryAsked { get; init; }

    public string? MinistryAskedSlug { get; init; }

    public string? MinistryAssigned { get; init; }

    public string? MinistryAssignedSlug { get; init; }

    public string? Author { get; init; }

    public string? AuthorSlug { get; init; }

    /// <summary>The Assemblée's identifier of the author (« PA722252 »), when known.</summary>
    public string? AuthorAnId { get; init; }

    public string? Department { get; init; }

    public int? Circonscription { get; init; }

    public string? Group { get; init; }

    public string? GroupSlug { get; init; }

    public DateOnly? PublishedOn { get; init; }

    public int? JoPage { get; init; }

    public DateOnly? SignaledOn { get; init; }

    public DateOnly? AttributionChangedOn { get; init; }

    public DateOnly? ClosedOn { get; init; }

    public string? ClosureReason { get; init; }

    public DateOnly? AnsweredOn { get; init; }

    public int? AnswerJoPage { get; init; }

    public string? AnswerText { get; init; }

    public bool HasAnswer { get; init; }

    public QuestionStatus Status { get; init; }

    /// <summary>Signalement, attribution changes, renewals and errata, in date order.</summary>
    public IReadOnlyList<QuestionEventItem> Events { get; init; } = [];

    /// <summary>The question's page on the Assemblée's site.</summary>
    public string OfficialUrl => $"https://www.assemblee-nationale.fr/dyn/{Legislature}/questions/QANR5L{Legislature}{Type}{Number}";

    /// <summary>The Règlement (art. 135) asks ministers to answer within two months of publication.</summary>
    public DateOnly? AnswerDue => PublishedOn is { } asked ? AnswerDeadlines.Due(asked) : null;

    public int? DaysToAnswer => PublishedOn is { } asked && AnsweredOn is { } answered ? AnswerDeadlines.DelayDays(asked, answered) : null;

    public int? DaysWaiting(DateOnly today) =>
        Status == QuestionStatus.Pending && PublishedOn is { } asked ? Math.Max(0, AnswerDeadlines.DelayDays(asked, today)) : null;

    public bool IsLate(DateOnly today) =>
        PublishedOn is { } asked && AnswerDeadlines.IsLate(asked, AnsweredOn, Status == QuestionStatus.Pending, today);
}

public sealed record QuestionEventItem(QuestionEventKind Kind, DateOnly? Date, string? Label);
