namespace QuestionsEcrites.Benchmarks.Benchmarking.Results;

/// <summary>One query set on SQLite FTS5 and on the engine (no facets, no filter): total plus the 20 best.</summary>
public sealed record Fts5Measurement(string QuerySet, double AverageHits, LatencySummary Fts5, LatencySummary Lucene)
{
    /// <summary>How many times faster the engine is at the median.</summary>
    public double RatioP50 => Lucene.P50Ms <= 0 ? 0 : Math.Round(Fts5.P50Ms / Lucene.P50Ms, 1);
}
