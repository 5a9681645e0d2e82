using System.Diagnostics;
using QuestionsEcrites.Benchmarks.Benchmarking.Results;

namespace QuestionsEcrites.Benchmarks.Benchmarking;

/// <summary>
/// Times repeated calls with <see cref="Stopwatch"/> after a warm-up (every variant run twice, untimed), cycling
/// through the variants (the queries of a set), until <c>seconds</c> have passed and at least
/// <see cref="MinSamples"/> calls were timed, or <see cref="MaxSamples"/> were; never longer than ten times
/// <c>seconds</c> once every variant ran. A full garbage collection runs first, so one measurement's garbage does
/// not land on the next.
/// </summary>
internal sealed class LatencyMeter(double seconds)
{
    public const int MinSamples = 200;
    public const int MaxSamples = 1_000;

    public LatencySummary Measure(int variants, Action<int> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        for (var i = 0; i < variants * 2; i++)
        {
            call(i % variants);
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        var samples = new List<double>(MaxSamples);
        var budget = Stopwatch.StartNew();
        for (var i = 0; ; i++)
        {
            var start = Stopwatch.GetTimestamp();
            call(i % variants);
            samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            var elapsed = budget.Elapsed.TotalSeconds;
            if ((samples.Count >= MinSamples && elapsed >= seconds) || samples.Count >= MaxSamples || (elapsed >= seconds * 10 && samples.Count >= variants))
            {
                break;
            }
        }

        return LatencySummary.From(samples);
    }

    /// <summary>Calls per second with <paramref name="threads"/> threads each cycling through the variants for half of <c>seconds</c>.</summary>
    public double Throughput(int threads, int variants, Action<int> call)
    {
        var (calls, elapsed) = ConcurrentRun.Run(threads, variants, TimeSpan.FromSeconds(seconds / 2), call);
        return Math.Round(calls / elapsed, 1);
    }
}
