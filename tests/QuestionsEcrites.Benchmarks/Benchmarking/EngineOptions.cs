namespace QuestionsEcrites.Benchmarks.Benchmarking;

/// <summary>The <c>engine</c> verb's options.</summary>
public sealed record EngineOptions
{
    /// <summary>An existing index folder (the site's <c>Search:IndexPath</c>); nothing may hold its write lock.</summary>
    public required string IndexPath { get; init; }

    /// <summary>Duration of each measurement (one per thread count), after the warm-up.</summary>
    public double Seconds { get; init; } = 5;

    public IReadOnlyList<int> Threads { get; init; } = [1, 2];

    /// <summary>The seed the corpus was generated with: it picks the pinned queries.</summary>
    public long Seed { get; init; } = 42;

    public string? JsonPath { get; init; }
}
