using QuestionsEcrites.Domain.Questions;

namespace QuestionsEcrites.Search.Querying;

/// <summary>A search or a browse: optional text, filters (slugs or names; case and accents ignored), sort and page.</summary>
public sealed record QuestionSearchRequest
{
    /// <summary>Results per page, at most.</summary>
    public const int MaxPageSize = 100;

    /// <summary>Results beyond this rank are not served: a deeper page asks for a narrower search.</summary>
    public const int MaxDepth = 100_000;

    public string? Text { get; init; }

    public string? Rubrique { get; init; }

    /// <summary>One of the question's analyses (the finest level of the Assemblée's indexation).</summary>
    public string? Analyse { get; init; }

    /// <summary>Matches the ministry asked or the ministry assigned.</summary>
    public string? Ministry { get; init; }

    public string? Author { get; init; }

    public string? Group { get; init; }

    public string? Department { get; init; }

    public QuestionStatus? Status { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public int? Legislature { get; init; }

    /// <summary>QE by default: questions au Gouvernement and orales sans débat only when asked for.</summary>
    public QuestionType Type { get; init; } = QuestionType.QE;

    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>Only these store ids (a set computed outside the index, such as the questions with identical texts).</summary>
    public StoreIdSet? OnlyIds { get; init; }

    /// <summary>When the text finds nothing, serve the results of its corrected spelling (false: the text as typed).</summary>
    public bool CorrectSpelling { get; init; } = true;

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 20;

    public bool IncludeFacets { get; init; } = true;

    /// <summary>
    /// Whether a browse (no text) may reuse the facet counts of the same filters on the same index version; false
    /// counts them afresh (benchmarks measure the counting itself).
    /// </summary>
    public bool ReuseBrowseFacets { get; init; } = true;
}

public enum SearchSort
{
    /// <summary>Best match first; newest first when there is no text.</summary>
    Relevance,

    /// <summary>Newest publication first.</summary>
    Date,

    /// <summary>The question whose latest step (answer, signalement, closure…) is newest first: the feeds' order.</summary>
    LastStep,
}
