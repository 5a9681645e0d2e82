using QuestionsEcrites.Benchmarks.Generation;

namespace QuestionsEcrites.Benchmarks.Benchmarking.Results;

/// <summary>Everything measured at one corpus size.</summary>
public sealed record SizeReport
{
    public required long Questions { get; init; }

    /// <summary>Time given to each search measurement at this size.</summary>
    public required double SearchSeconds { get; init; }

    public required CorpusManifest Corpus { get; init; }

    public required bool CorpusReused { get; init; }

    public required double GenerateSeconds { get; init; }

    public required ThroughputMeasurement ReadFloor { get; init; }

    public required ThroughputMeasurement ParseFloor { get; init; }

    public required ImportMeasurement Import { get; init; }

    public required ImportMeasurement ImportWithoutIndex { get; init; }

    /// <summary>The same rows written with prepared statements, without EF (<see cref="RawInsertFloor"/>).</summary>
    public required ThroughputMeasurement RawInsert { get; init; }

    public required ThroughputMeasurement Rebuild { get; init; }

    public required IReadOnlyList<SearchMeasurement> Search { get; init; }

    public required IReadOnlyList<ConcurrencyMeasurement> Concurrency { get; init; }

    public required IReadOnlyList<BrowseMeasurement> Browse { get; init; }

    public required IReadOnlyList<FacetMeasurement> Facets { get; init; }

    public required StorageMeasurement Storage { get; init; }

    /// <summary>The same queries on SQLite FTS5 (what a user would set up instead), side by side with the engine.</summary>
    public IReadOnlyList<Fts5Measurement> Fts5 { get; init; } = [];

    public double Fts5BuildSeconds { get; init; }

    public long Fts5Bytes { get; init; }

    public required IReadOnlyDictionary<string, IReadOnlyList<string>> QuerySets { get; init; }

    /// <summary>Average cores used by other processes during each phase of the search measurements.</summary>
    public required IReadOnlyDictionary<string, double> OtherCoresByPhase { get; init; }

    public required long PeakWorkingSetBytes { get; init; }

    public required double TotalSeconds { get; init; }
}
