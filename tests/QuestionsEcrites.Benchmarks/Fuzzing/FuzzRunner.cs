using System.Diagnostics;
using System.Globalization;

namespace QuestionsEcrites.Benchmarks.Fuzzing;

/// <summary>The <c>fuzz</c> verb's options.</summary>
public sealed record FuzzOptions
{
    public long InputsPerTarget { get; init; } = 1_000_000;

    public long Seed { get; init; } = 42;

    /// <summary>An input that takes longer is a hang: written to the findings and reported.</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(2);

    public required string Samples { get; init; }

    public required string Findings { get; init; }

    public string? Target { get; init; }
}

/// <summary>What one target gave: inputs run, crashes (an exception out of the parser), hangs, the slowest input.</summary>
public sealed record FuzzResult(string Target, long Inputs, int Crashes, int Hangs, double SlowestMs, double Seconds, long PeakWorkingSetBytes);

/// <summary>
/// Runs each target on mutated inputs, one at a time. A parser must return a result or a failure for any input,
/// never throw; an input that throws or outlives the time limit is written to the findings folder (to become a
/// regression test). A watchdog thread ends the run if one input never returns, so a hang cannot hide.
/// </summary>
public sealed class FuzzRunner(FuzzOptions options, TextWriter log)
{
    public IReadOnlyList<FuzzResult> Run(CancellationToken ct)
    {
        var results = new List<FuzzResult>();
        foreach (var target in FuzzTargets.All(options.Samples).Where(t => options.Target is null || t.Name == options.Target))
        {
            if (target.Seeds.Count == 0)
            {
                log.WriteLine($"{target.Name} : aucune entrée réelle dans {options.Samples}, ignoré");
                continue;
            }

            results.Add(RunTarget(target, ct));
        }

        return results;
    }

    private FuzzResult RunTarget(FuzzTarget target, CancellationToken ct)
    {
        var mutator = new Mutator(target.Seeds, options.Seed);
        var crashes = 0;
        var hangs = 0;
        var slowest = 0.0;
        long started = 0;
        byte[] current = [];
        var done = false;
        // The watchdog: an input running for ten time limits is a hang that will not end; it is saved, then the run stops.
        var watchdog = new Thread(() =>
        {
            while (!Volatile.Read(ref done))
            {
                Thread.Sleep(200);
                var since = Interlocked.Read(ref started);
                if (since != 0 && Stopwatch.GetElapsedTime(since) > options.TimeLimit * 10)
                {
                    Save(target.Name, "blocage", Volatile.Read(ref current));
                    log.WriteLine($"{target.Name} : une entrée ne rend pas la main après {options.TimeLimit.TotalSeconds * 10:0} s ; arrêt.");
                    Environment.Exit(3);
                }
            }
        }) { IsBackground = true };
        watchdog.Start();

        var total = Stopwatch.StartNew();
        long inputs = 0;
        for (; inputs < options.InputsPerTarget && !ct.IsCancellationRequested; inputs++)
        {
            var input = mutator.Next();
            Volatile.Write(ref current, input);
            var start = Stopwatch.GetTimestamp();
            Interlocked.Exchange(ref started, start);
            try
            {
                target.Run(input);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                crashes++;
                Save(target.Name, "plantage-" + ex.GetType().Name, input);
            }

            var elapsed = Stopwatch.GetElapsedTime(start);
            Interlocked.Exchange(ref started, 0);
            slowest = Math.Max(slowest, elapsed.TotalMilliseconds);
            if (elapsed > options.TimeLimit)
            {
                hangs++;
                Save(target.Name, "lenteur", input);
            }

            if (inputs > 0 && inputs % 100_000 == 0)
            {
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{target.Name} : {inputs:N0} entrées, {crashes} plantage(s), {hangs} lenteur(s)"));
            }
        }

        Volatile.Write(ref done, true);
        return new FuzzResult(target.Name, inputs, crashes, hangs, slowest, total.Elapsed.TotalSeconds, Process.GetCurrentProcess().PeakWorkingSet64);
    }

    private void Save(string target, string kind, byte[] input)
    {
        Directory.CreateDirectory(options.Findings);
        var name = $"{target}-{kind}-{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(input).AsSpan(0, 8))}.bin";
        File.WriteAllBytes(Path.Combine(options.Findings, name), input);
    }

    public static void Write(IReadOnlyList<FuzzResult> results, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine("| analyseur | entrées | plantages | lenteurs | entrée la plus lente | entrées/s | pic du processus |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {r.Target} | {r.Inputs:N0} | {r.Crashes} | {r.Hangs} | {r.SlowestMs:0.0} ms | {r.Inputs / Math.Max(r.Seconds, 1e-3):N0} | {r.PeakWorkingSetBytes / 1e6:N0} Mo |"));
        }
    }
}
