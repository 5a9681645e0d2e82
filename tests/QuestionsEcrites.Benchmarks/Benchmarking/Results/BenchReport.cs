namespace QuestionsEcrites.Benchmarks.Benchmarking.Results;

/// <summary>The JSON file <c>bench</c> writes: the machine, the options, and one report per size.</summary>
public sealed record BenchReport
{
    public required DateTimeOffset StartedAt { get; init; }

    public required MachineInfo Machine { get; init; }

    public required long Seed { get; init; }

    /// <summary>As given on the command line; null for the default (see <see cref="SizeReport.SearchSeconds"/>).</summary>
    public required double? SearchSeconds { get; init; }

    public IReadOnlyList<SizeReport> Sizes { get; init; } = [];

    /// <summary>With <c>--queries-only</c>, in place of <see cref="Sizes"/>.</summary>
    public IReadOnlyList<QueryReport> Queries { get; init; } = [];

    /// <summary>With <c>--import-only</c>, in place of <see cref="Sizes"/>.</summary>
    public IReadOnlyList<ImportReport> Imports { get; init; } = [];
}
