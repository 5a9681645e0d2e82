namespace QuestionsEcrites.Benchmarks.Benchmarking.Results;

/// <summary>
/// Documents through one stage (reading, parsing, importing, indexing), the time it took, the CPU this process
/// used, and the cores other processes used meanwhile (noise: the machine is shared).
/// </summary>
public sealed record ThroughputMeasurement(string Stage, long Documents, double Seconds, long Bytes, double OwnCpuSeconds, double OtherCores)
{
    public double DocumentsPerSecond => Seconds <= 0 ? 0 : Math.Round(Documents / Seconds, 1);

    public double MegabytesPerSecond => Seconds <= 0 ? 0 : Math.Round(Bytes / 1e6 / Seconds, 1);
}
