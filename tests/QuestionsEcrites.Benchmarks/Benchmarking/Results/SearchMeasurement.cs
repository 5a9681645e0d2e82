namespace QuestionsEcrites.Benchmarks.Benchmarking.Results;

/// <summary>One pinned query set run single-threaded, warm, through QuestionSearcher.Search.</summary>
public sealed record SearchMeasurement(string QuerySet, bool RubriqueFilter, bool Facets, int Queries, double AverageHits, LatencySummary Latency);
