namespace QuestionsEcrites.Benchmarks;

/// <summary>A verb, its <c>--name value</c> options and <c>--flag</c> switches.</summary>
public sealed class CommandLine
{
    private readonly Dictionary<string, string?> _options;

    private CommandLine(string verb, Dictionary<string, string?> options)
    {
        Verb = verb;
        _options = options;
    }

    public string Verb { get; }

    /// <summary>Null with <paramref name="error"/> set when the arguments are malformed.</summary>
    public static CommandLine? Parse(IReadOnlyList<string> args, IReadOnlySet<string> flags, out string? error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(flags);
        error = null;
        if (args.Count == 0 || args[0].StartsWith('-'))
        {
            error = "verbe attendu : generate, bench, queries, engine, proches, relevance, identiques ou fuzz";
            return null;
        }

        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 1; i < args.Count; i++)
        {
            var name = args[i];
            if (!name.StartsWith("--", StringComparison.Ordinal))
            {
                error = $"argument inattendu « {name} »";
                return null;
            }

            if (flags.Contains(name))
            {
                options[name] = null;
            }
            else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                options[name] = args[++i];
            }
            else
            {
                error = $"valeur attendue après {name}";
                return null;
            }
        }

        return new CommandLine(args[0], options);
    }

    public bool Has(string name) => _options.ContainsKey(name);

    public string? Get(string name) => _options.GetValueOrDefault(name);

    public IEnumerable<string> Names => _options.Keys;
}
