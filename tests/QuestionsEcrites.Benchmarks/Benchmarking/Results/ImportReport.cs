using QuestionsEcrites.Benchmarks.Generation;

namespace QuestionsEcrites.Benchmarks.Benchmarking.Results;

/// <summary>
/// What <c>bench --import-only</c> measures: the floors and the two imports of one corpus in the same run (the
/// index's share of an import), without the rebuild and the query side.
/// </summary>
public sealed record ImportReport
{
    public required long Questions { get; init; }

    public required CorpusManifest Corpus { get; init; }

    public required ThroughputMeasurement ReadFloor { get; init; }

    public required ThroughputMeasurement ParseFloor { get; init; }

    public required ImportMeasurement ImportWithoutIndex { get; init; }

    public required ImportMeasurement Import { get; init; }

    /// <summary>Import with the index ÷ import into SQLite alone, documents per second (the target: ≥ 0.5).</summary>
    public double IndexedShare => ImportWithoutIndex.Throughput.DocumentsPerSecond == 0
        ? 0
        : Math.Round(Import.Throughput.DocumentsPerSecond / ImportWithoutIndex.Throughput.DocumentsPerSecond, 3);

    public required long PeakWorkingSetBytes { get; init; }

    public required double TotalSeconds { get; init; }
}
