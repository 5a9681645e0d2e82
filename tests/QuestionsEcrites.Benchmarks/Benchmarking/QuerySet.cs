namespace QuestionsEcrites.Benchmarks.Benchmarking;

/// <summary>A named list of user queries, as typed in the search box.</summary>
internal sealed record QuerySet(string Name, IReadOnlyList<string> Queries);
