namespace QuestionsEcrites.Benchmarks.Benchmarking.Results;

/// <summary>Searches per second with one thread and with two, for the same query set over the same duration.</summary>
public sealed record ConcurrencyMeasurement(string QuerySet, bool Facets, double OneThreadPerSecond, double TwoThreadsPerSecond)
{
    public double Scaling => OneThreadPerSecond <= 0 ? 0 : Math.Round(TwoThreadsPerSecond / OneThreadPerSecond, 2);
}
