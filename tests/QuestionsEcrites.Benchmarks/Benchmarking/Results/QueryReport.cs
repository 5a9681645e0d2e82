namespace QuestionsEcrites.Benchmarks.Benchmarking.Results;

/// <summary>
/// What <c>bench --queries-only</c> measures on the store an earlier run left (import and rebuild skipped): the
/// query side only, to measure a change to the search code without importing again.
/// </summary>
public sealed record QueryReport
{
    public required long Questions { get; init; }

    public required double SearchSeconds { get; init; }

    public required long IndexBytes { get; init; }

    public required int IndexFiles { get; init; }

    public required IReadOnlyList<SearchMeasurement> Search { get; init; }

    public required IReadOnlyList<ConcurrencyMeasurement> Concurrency { get; init; }

    public required IReadOnlyList<BrowseMeasurement> Browse { get; init; }

    public required IReadOnlyList<FacetMeasurement> Facets { get; init; }

    /// <summary>Empty when the earlier run left no FTS5 database.</summary>
    public required IReadOnlyList<Fts5Measurement> Fts5 { get; init; }

    public required IReadOnlyDictionary<string, double> OtherCoresByPhase { get; init; }

    public required long PeakWorkingSetBytes { get; init; }
}
