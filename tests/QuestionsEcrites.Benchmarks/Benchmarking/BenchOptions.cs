namespace QuestionsEcrites.Benchmarks.Benchmarking;

/// <summary>The <c>bench</c> verb's options.</summary>
public sealed record BenchOptions
{
    public required IReadOnlyList<long> Sizes { get; init; }

    /// <summary>Corpora (reused across runs), databases and indexes go here.</summary>
    public required string WorkDirectory { get; init; }

    public required string JsonPath { get; init; }

    public long Seed { get; init; } = 42;

    /// <summary>
    /// Time spent measuring each search configuration after warm-up (at least 200 samples, at most 1,000); by
    /// default 1 s, or 0.25 s below 10,000 questions so that the 1,000-question smoke run stays short.
    /// </summary>
    public double? SearchSeconds { get; init; }

    /// <summary>Measure the queries on the store of an earlier run (<c>run-N/store</c>), without importing.</summary>
    public bool QueriesOnly { get; init; }

    /// <summary>Measure the import side only (floors, SQLite alone, SQLite + index), without the rebuild and the queries.</summary>
    public bool ImportOnly { get; init; }

    public double SearchSecondsFor(long size) => SearchSeconds ?? (size < 10_000 ? 0.25 : 1.0);
}
