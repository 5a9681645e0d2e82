using QuestionsEcrites.Domain.Questions;

namespace QuestionsEcrites.Search.Indexing;

/// <summary>What the index knows of one question: the searchable texts, the filter keys and the facet labels.</summary>
public sealed record QuestionDocument
{
    /// <summary>The store's primary key, used to load the full record of a hit.</summary>
    public required int Id { get; init; }

    public required QuestionKey Key { get; init; }

    public required string Title { get; init; }

    public required string Text { get; init; }

    public string? AnswerText { get; init; }

    public string? Rubrique { get; init; }

    public string? RubriqueSlug { get; init; }

    public string? TeteAnalyse { get; init; }

    /// <summary>The analyses joined by <see cref="Indexation.AnalysesSeparator"/>: each one a filter and a facet value.</summary>
    public string? Analyses { get; init; }

    /// <summary>The ministries' canonical names (facet labels); the filter keys are their slugs.</summary>
    public string? MinistryAsked { get; init; }

    public string? MinistryAskedSlug { get; init; }

    public string? MinistryAssigned { get; init; }

    public string? MinistryAssignedSlug { get; init; }

    public string? AuthorName { get; init; }

    public string? AuthorSlug { get; init; }

    public string? Group { get; init; }

    public string? GroupSlug { get; init; }

    public string? Department { get; init; }

    public DateOnly? PublishedOn { get; init; }

    // The other dated steps (QuestionTimeline): the latest one orders the feeds.
    public DateOnly? AttributionChangedOn { get; init; }

    public DateOnly? SignaledOn { get; init; }

    public DateOnly? AnsweredOn { get; init; }

    public DateOnly? ClosedOn { get; init; }

    /// <summary>pending, answered or closed.</summary>
    public required QuestionStatus Status { get; init; }

    /// <summary>The store's change stamp of this version, to know what is indexed.</summary>
    public long ChangeStamp { get; init; }
}
