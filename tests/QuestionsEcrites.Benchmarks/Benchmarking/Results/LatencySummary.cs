namespace QuestionsEcrites.Benchmarks.Benchmarking.Results;

/// <summary>Latencies of repeated calls, in milliseconds (nearest-rank percentiles), and the calls per second they amount to.</summary>
public sealed record LatencySummary(int Samples, double P50Ms, double P95Ms, double P99Ms, double MeanMs, double MaxMs)
{
    public double PerSecond => MeanMs <= 0 ? 0 : Math.Round(1000 / MeanMs, 1);

    public static LatencySummary From(List<double> milliseconds)
    {
        ArgumentNullException.ThrowIfNull(milliseconds);
        if (milliseconds.Count == 0)
        {
            return new LatencySummary(0, 0, 0, 0, 0, 0);
        }

        milliseconds.Sort();
        double Rank(double p) => milliseconds[Math.Clamp((int)Math.Ceiling(p * milliseconds.Count) - 1, 0, milliseconds.Count - 1)];
        return new LatencySummary(
            milliseconds.Count,
            Round(Rank(0.50)),
            Round(Rank(0.95)),
            Round(Rank(0.99)),
            Round(milliseconds.Average()),
            Round(milliseconds[^1]));
    }

    private static double Round(double value) => Math.Round(value, 3);
}
