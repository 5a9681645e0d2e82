using System.Globalization;

namespace QuestionsEcrites.Benchmarks.Fuzzing;

/// <summary>The <c>fuzz</c> verb: its options read, the run, the table, and exit code 1 on any finding.</summary>
public static class FuzzCommand
{
    private static readonly string[] Known = ["--inputs", "--seed", "--cible", "--limite-ms", "--constats"];

    public static Task<int> RunAsync(CommandLine command, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (command.Names.FirstOrDefault(n => !Known.Contains(n)) is { } unknown)
        {
            return Usage(stderr, $"option inconnue {unknown} pour fuzz");
        }

        long inputs = 1_000_000, seed = 42, limit = 2_000;
        if ((command.Has("--inputs") && (!long.TryParse(command.Get("--inputs"), NumberStyles.Integer, CultureInfo.InvariantCulture, out inputs) || inputs <= 0))
            || (command.Has("--seed") && !long.TryParse(command.Get("--seed"), NumberStyles.Integer, CultureInfo.InvariantCulture, out seed))
            || (command.Has("--limite-ms") && (!long.TryParse(command.Get("--limite-ms"), NumberStyles.Integer, CultureInfo.InvariantCulture, out limit) || limit <= 0)))
        {
            return Usage(stderr, "--inputs, --seed et --limite-ms attendent des entiers (positifs)");
        }

        var target = command.Get("--cible");
        if (target is not (null or "texte" or "html" or "json" or "xml" or "deputes" or "requete"))
        {
            return Usage(stderr, $"--cible vaut texte, html, json, xml, deputes ou requete, pas « {target} »");
        }

        var options = new FuzzOptions
        {
            InputsPerTarget = inputs,
            Seed = seed,
            TimeLimit = TimeSpan.FromMilliseconds(limit),
            Target = target,
            Samples = Path.Combine(AppContext.BaseDirectory, "Fuzzing", "samples"),
            Findings = Path.GetFullPath(command.Get("--constats") ?? "fuzz-constats"),
        };
        var results = new FuzzRunner(options, stderr).Run(ct);
        FuzzRunner.Write(results, stdout);
        return Task.FromResult(results.Any(r => r.Crashes > 0 || r.Hangs > 0) ? 1 : 0);
    }

    private static async Task<int> Usage(TextWriter stderr, string message)
    {
        await stderr.WriteLineAsync("erreur : " + message);
        return 2;
    }
}
