namespace QuestionsEcrites.Benchmarks.Benchmarking.Results;

/// <summary>
/// Searches completed by <paramref name="Threads"/> threads in <paramref name="Seconds"/>, the CPU this process
/// used meanwhile (in cores) and the cores other processes used (noise: the machine is shared).
/// </summary>
public sealed record EngineMeasurement(int Threads, long Searches, double Seconds, double OwnCores, double OtherCores)
{
    public double SearchesPerSecond => Seconds <= 0 ? 0 : Math.Round(Searches / Seconds, 1);

    /// <summary>Mean time of one search as its thread sees it.</summary>
    public double MeanMilliseconds => Searches <= 0 ? 0 : Math.Round(Threads * Seconds * 1000 / Searches, 3);
}
