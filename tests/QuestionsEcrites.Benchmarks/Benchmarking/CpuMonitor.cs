using System.Diagnostics;
using System.Globalization;

namespace QuestionsEcrites.Benchmarks.Benchmarking;

/// <summary>
/// How busy the machine was during a measurement: this process's CPU time, and the average number of cores that
/// other processes used (from /proc/stat), so that a figure taken while something else ran can be told apart.
/// </summary>
internal readonly record struct CpuMonitor(long TotalBusyTicks, TimeSpan OwnCpu, long Timestamp)
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux

    public static CpuMonitor Start() => new(TotalBusy(), Process.GetCurrentProcess().TotalProcessorTime, Stopwatch.GetTimestamp());

    /// <summary>(seconds of CPU this process used, average cores used by every other process) since <see cref="Start"/>.</summary>
    public (double OwnCpuSeconds, double OtherCores) Stop()
    {
        var wall = Stopwatch.GetElapsedTime(Timestamp).TotalSeconds;
        var own = (Process.GetCurrentProcess().TotalProcessorTime - OwnCpu).TotalSeconds;
        var busy = TotalBusyTicks < 0 ? -1 : TotalBusy();
        var others = busy < 0 || wall <= 0 ? 0 : Math.Max(0, ((busy - TotalBusyTicks) / TicksPerSecond) - own) / wall;
        return (Math.Round(own, 2), Math.Round(others, 2));
    }

    /// <summary>Busy ticks of all cores (user, nice, system, irq, softirq, steal), or -1 off Linux.</summary>
    private static long TotalBusy()
    {
        try
        {
            var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            long Field(int i) => i < fields.Length ? long.Parse(fields[i], CultureInfo.InvariantCulture) : 0;
            return Field(1) + Field(2) + Field(3) + Field(6) + Field(7) + Field(8);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            return -1;
        }
    }
}
