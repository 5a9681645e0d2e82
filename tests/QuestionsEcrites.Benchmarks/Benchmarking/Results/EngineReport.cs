namespace QuestionsEcrites.Benchmarks.Benchmarking.Results;

/// <summary>What the <c>engine</c> verb measured: the index, the query mix and one measurement per thread count.</summary>
public sealed record EngineReport
{
    public required DateTimeOffset StartedAt { get; init; }

    public required int ProcessorCount { get; init; }

    public required bool ServerGc { get; init; }

    public required string IndexPath { get; init; }

    public required int Documents { get; init; }

    public required long Seed { get; init; }

    /// <summary>How many distinct queries are cycled (the five pinned sets).</summary>
    public required int Queries { get; init; }

    /// <summary>Mean hits per query of the mix (facets are counted over all of them).</summary>
    public required double MeanHits { get; init; }

    public required IReadOnlyList<EngineMeasurement> Measurements { get; init; }
}
