namespace QuestionsEcrites.Benchmarks.Benchmarking.Results;

/// <summary>A browse without text (filters, newest first, a page), by the index (QuestionSearcher) or by SQL (count + page).</summary>
public sealed record BrowseMeasurement(string Name, string Engine, bool Facets, int Page, int Hits, LatencySummary Latency);
