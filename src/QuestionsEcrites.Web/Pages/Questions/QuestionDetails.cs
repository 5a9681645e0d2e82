namespace QuestionsEcrites.Web.Pages.Questions;

/// <summary>Everything the detail page shows of one question.</summary>
public sealed record QuestionDetails
{
    public required QuestionKey Key { get; init; }

    public required string Title { get; init; }

    public required string Text { get; init; }

    public Indexation Indexation { get; init; } = Indexation.None;

    public string? RubriqueSlug { get; init; }

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

    /// <summary>Publication, answer and signalement dates and the status, read against the Règlement's deadlines.</summary>
    public required AnswerClock Clock { get; init; }

    public int? JoPage { get; init; }

    public DateOnly? AttributionChangedOn { get; init; }

    public DateOnly? ClosedOn { get; init; }

    public string? ClosureReason { get; init; }

    public int? AnswerJoPage { get; init; }

    public string? AnswerText { get; init; }

    public bool HasAnswer { get; init; }

    /// <summary>Signalement, attribution changes, renewals and errata, in date order.</summary>
    public IReadOnlyList<QuestionEventItem> Events { get; init; } = [];
}

public sealed record QuestionEventItem(QuestionEventKind Kind, DateOnly? Date, string? Label);
