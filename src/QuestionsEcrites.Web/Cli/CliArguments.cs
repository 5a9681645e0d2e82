namespace QuestionsEcrites.Web.Cli;

/// <summary>
/// The command line split into a verb, its positional arguments, its options, and configuration overrides
/// (<c>--Section:Key=value</c>, passed on to the host as ASP.NET Core would take them).
/// </summary>
public sealed record CliArguments(
    string Verb,
    IReadOnlyList<string> Positionals,
    IReadOnlyDictionary<string, string?> Options,
    IReadOnlyList<string> ConfigurationArgs)
{
    public static readonly IReadOnlySet<string> Verbs = new HashSet<string>(StringComparer.Ordinal) { "import", "export", "reindex", "help" };

    /// <summary>Options that take a value; any other option is a flag.</summary>
    private static readonly IReadOnlySet<string> ValueOptions = new HashSet<string>(StringComparer.Ordinal) { "--format", "--out" };

    private static readonly IReadOnlySet<string> FlagOptions = new HashSet<string>(StringComparer.Ordinal) { "--verbose", "--help" };

    /// <summary>
    /// True when the command line asks for a verb rather than the site: any first word that is not an option
    /// (a mistyped verb must give a usage error, not start a server).
    /// </summary>
    public static bool HasVerb(string[] args) => args.Length > 0 && (!args[0].StartsWith('-') || args[0] is "--help" or "-h");

    /// <summary>Parses <paramref name="args"/>; on a usage error returns null with a French message.</summary>
    public static CliArguments? Parse(string[] args, out string? error)
    {
        ArgumentNullException.ThrowIfNull(args);
        error = null;
        var verb = args[0] is "--help" or "-h" ? "help" : args[0];
        if (!Verbs.Contains(verb))
        {
            error = $"commande inconnue : « {verb} » (import, export, reindex ou help)";
            return null;
        }

        var positionals = new List<string>();
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        var configuration = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                positionals.AddRange(args[(i + 1)..]);
                break;
            }

            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
            {
                positionals.Add(arg);
                continue;
            }

            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var name = equals > 0 ? arg[..equals] : arg;
            if (ValueOptions.Contains(name))
            {
                if (equals > 0)
                {
                    options[name] = arg[(equals + 1)..];
                }
                else if (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    options[name] = args[++i];
                }
                else
                {
                    error = $"l'option {name} attend une valeur";
                    return null;
                }
            }
            else if (FlagOptions.Contains(name) && equals < 0)
            {
                options[name] = null;
            }
            else if (equals > 0)
            {
                configuration.Add(arg);
            }
            else
            {
                error = $"option inconnue : {arg}";
                return null;
            }
        }

        var allowed = verb switch
        {
            "import" => new[] { "--verbose", "--help" },
            "export" => ["--format", "--out", "--help"],
            _ => ["--help"],
        };
        if (options.Keys.FirstOrDefault(o => !allowed.Contains(o)) is { } misplaced)
        {
            error = $"l'option {misplaced} ne s'applique pas à « {verb} »";
            return null;
        }

        return new CliArguments(verb, positionals, options, configuration);
    }
}
