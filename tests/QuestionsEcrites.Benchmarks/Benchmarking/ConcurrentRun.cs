using System.Diagnostics;

namespace QuestionsEcrites.Benchmarks.Benchmarking;

/// <summary>
/// Calls per second from several threads at once: each thread cycles through the variants (the queries of a set)
/// from its own offset until the duration has passed; all start together. A full collection runs first, so an
/// earlier measurement's garbage does not land on this one.
/// </summary>
internal static class ConcurrentRun
{
    /// <returns>The calls made and the seconds they took.</returns>
    public static (long Calls, double Seconds) Run(int threads, int variants, TimeSpan duration, Action<int> call, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(call);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var counts = new long[threads];
        using var start = new Barrier(threads + 1);
        var stopwatch = new Stopwatch();
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            var i = t * variants / threads;
            while (stopwatch.Elapsed < duration && !ct.IsCancellationRequested)
            {
                call(i++ % variants);
                counts[t]++;
            }
        })
        { IsBackground = true }).ToList();
        workers.ForEach(w => w.Start());
        stopwatch.Start();
        start.SignalAndWait();
        workers.ForEach(w => w.Join());
        return (counts.Sum(), stopwatch.Elapsed.TotalSeconds);
    }
}
