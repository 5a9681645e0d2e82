using System.Globalization;
using Microsoft.Extensions.Logging.Console;
using QuestionsEcrites.Data.Export;
using QuestionsEcrites.Data.Statistics;
using QuestionsEcrites.Import;
using QuestionsEcrites.Indexing;
using QuestionsEcrites.Search;
using QuestionsEcrites.Search.Indexing;
using QuestionsEcrites.Web.Hosting;

namespace QuestionsEcrites.Web.Cli;

/// <summary>
/// The verbs of the executable (DESIGN.md §3): <c>import</c>, <c>export</c>, <c>reindex</c>. Exit codes: 0 success,
/// 1 some documents rejected or the operation failed, 2 usage error. Messages are French and never a stack trace.
/// </summary>
public static class CliApplication
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int UsageError = 2;

    private static readonly CultureInfo French = Formatting.French.Culture;

    public const string Usage = """
        Usage :
          QuestionsEcrites.Web                                  sert le site (importe seeds/ si la base est vide)
          QuestionsEcrites.Web import CHEMIN... [--verbose]    importe des fichiers, dossiers (récursif) ou .zip
          QuestionsEcrites.Web export [--format json|csv] [--out FICHIER]
          QuestionsEcrites.Web reindex                          reconstruit l'index de recherche depuis la base
        Configuration : --ConnectionStrings:Questions="Data Source=…" --Search:IndexPath=… (ou variables d'environnement)
        """;

    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(console);
        var stdout = console.Out;
        var stderr = console.Error;
        var parsed = CliArguments.Parse(args, out var error);
        if (parsed is null)
        {
            await stderr.WriteLineAsync($"erreur : {error}\n{Usage}");
            return UsageError;
        }

        if (parsed.Verb == "help" || parsed.Options.ContainsKey("--help"))
        {
            await stdout.WriteLineAsync(Usage);
            return Success;
        }

        // Usage errors are found before the database is opened (or created).
        var usageError = Validate(parsed);
        if (usageError is not null)
        {
            await stderr.WriteLineAsync($"erreur : {usageError}\n{Usage}");
            return UsageError;
        }

        try
        {
            using var host = BuildHost(parsed.ConfigurationArgs);
            await using var scope = host.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<StoreInitializer>().InitializeAsync(site: false, ct);
            return parsed.Verb switch
            {
                "import" => await ImportAsync(parsed, scope.ServiceProvider, console, ct),
                "export" => await ExportAsync(parsed, scope.ServiceProvider, console, ct),
                "reindex" => await ReindexAsync(scope.ServiceProvider, console, ct),
                _ => UsageError,
            };
        }
        catch (OperationCanceledException)
        {
            await stderr.WriteLineAsync("interrompu : les lots déjà écrits sont conservés.");
            return Failure;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A command-line user gets the reason, not a stack trace.
            await stderr.WriteLineAsync(StoreFailure.Describe(ex));
            return Failure;
        }
    }

    /// <summary>The verb's arguments checked without touching the database; a French message, or null.</summary>
    private static string? Validate(CliArguments args)
    {
        switch (args.Verb)
        {
            case "import" when args.Positionals.Count == 0:
                return "import attend au moins un chemin (fichier, dossier ou .zip)";
            case "export":
                var format = args.Options.GetValueOrDefault("--format") ?? "json";
                if (format is not ("json" or "csv" or "JSON" or "CSV"))
                {
                    return $"format inconnu « {format} » (json ou csv)";
                }

                if (args.Positionals.Count > 0)
                {
                    return $"argument inattendu « {args.Positionals[0]} »";
                }

                if (args.Options.GetValueOrDefault("--out") is { } outPath && Path.GetDirectoryName(Path.GetFullPath(outPath)) is { } folder && !Directory.Exists(folder))
                {
                    return $"le dossier de sortie « {folder} » n'existe pas";
                }

                return null;
            case "reindex" when args.Positionals.Count > 0:
                return $"argument inattendu « {args.Positionals[0]} »";
            default:
                return null;
        }
    }

    private static IHost BuildHost(IReadOnlyList<string> configurationArgs)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [.. configurationArgs],
            ContentRootPath = Directory.GetCurrentDirectory(),
        });

        builder.Configuration.AddShippedAppSettings();

        // Logs go to stderr so that `export` can write clean data to stdout.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.AddFilter(level => level >= LogLevel.Warning);
        // The site's composition (Program.cs), without the web.
        Program.AddQuestions(builder.Services, builder.Configuration, builder.Environment.ContentRootPath);
        return builder.Build();
    }

    private static async Task<int> ImportAsync(CliArguments args, IServiceProvider services, CliConsole console, CancellationToken ct)
    {
        var (stdout, stderr) = (console.Out, console.Error);
        var importer = services.GetRequiredService<ImportService>();
        var follower = services.GetRequiredService<IndexFollower>(); // listens before the first batch is written
        var progress = console.ShowProgress ? new TerminalProgress(stderr) : null;
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var report = await importer.ImportAsync(args.Positionals, Directory.GetCurrentDirectory(), progress, ct);
        var indexState = await follower.CatchUpAsync(ct);
        if (indexState == IndexState.Updated)
        {
            await services.GetRequiredService<IndexSynchronizer>().CompactAfterBulkAsync(report.Added + report.Updated, ct);
        }

        await services.GetRequiredService<AccountabilitySnapshotSource>().SaveAfterImportAsync(report.Added + report.Updated, ct);
        await services.GetRequiredService<QuestionsEcrites.Data.Duplicates.DuplicateLinker>().LinkAsync(ct);
        var elapsed = stopwatch.Elapsed; // the import as the user waits for it: written and indexed
        progress?.Clear();

        foreach (var rejected in report.Rejected)
        {
            await stdout.WriteLineAsync($"rejeté : {rejected.Source} : {rejected.Reason}");
        }

        foreach (var skipped in report.Skipped)
        {
            await stdout.WriteLineAsync($"ignoré : {skipped.Source} : {skipped.Reason}");
        }

        if (report.DeputiesResolved > 0)
        {
            await stdout.WriteLineAsync(string.Create(French, $"députés : {report.DeputiesResolved} mandat(s) nommé(s) depuis le fichier des acteurs"));
        }

        if (indexState == IndexState.HeldByAnotherProcess)
        {
            await stdout.WriteLineAsync("index : ouvert par le site en cours d'exécution, qui indexera ces questions d'ici quelques secondes.");
        }

        if (args.Options.ContainsKey("--verbose"))
        {
            foreach (var warning in report.Warnings)
            {
                await stdout.WriteLineAsync($"avertissement : {warning.Source} : {warning.Message}");
            }
        }

        var hiddenWarnings = report.Warnings.Count > 0 && !args.Options.ContainsKey("--verbose")
            ? string.Create(French, $" ; {report.Warnings.Count} avertissement(s) (--verbose pour les voir)")
            : string.Empty;
        await stdout.WriteLineAsync(string.Create(
            French,
            $"Import terminé en {elapsed.TotalSeconds:0.0} s : {report.Added} ajoutée(s), {report.Updated} mise(s) à jour, {report.Unchanged} inchangée(s), {report.Rejected.Count} rejetée(s) ; {report.Processed / Math.Max(elapsed.TotalSeconds, 1e-3):N0} documents/s{hiddenWarnings}"));
        return report.Rejected.Count == 0 ? Success : Failure;
    }

    private static async Task<int> ExportAsync(CliArguments args, IServiceProvider services, CliConsole console, CancellationToken ct)
    {
        var (stdout, stderr) = (console.Out, console.Error);
        var format = string.Equals(args.Options.GetValueOrDefault("--format"), "csv", StringComparison.OrdinalIgnoreCase) ? ExportFormat.Csv : ExportFormat.Json;

        var reader = services.GetRequiredService<QuestionExportReader>();
        var outPath = args.Options.GetValueOrDefault("--out");
        if (string.IsNullOrEmpty(outPath))
        {
            await stdout.FlushAsync(ct);
            await using var output = console.OpenStandardOutput();
            await QuestionExportWriter.WriteAsync(reader.ReadAllAsync(ct), format, output, ct);
            return Success;
        }

        // Written beside the target and moved at the end: a failed export never leaves a half file.
        var target = Path.GetFullPath(outPath);
        var temporary = target + ".partial";
        int count;
        try
        {
            await using (var file = File.Create(temporary))
            {
                count = await QuestionExportWriter.WriteAsync(reader.ReadAllAsync(ct), format, file, ct);
            }

            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }

        await stderr.WriteLineAsync($"{count} question(s) exportée(s) dans {outPath}");
        return Success;
    }

    private static async Task<int> ReindexAsync(IServiceProvider services, CliConsole console, CancellationToken ct)
    {
        try
        {
            var stopwatch = System.Diagnostics.Stopwatch.StartNew();
            var count = await services.GetRequiredService<IndexSynchronizer>().RebuildAsync(ct);
            await console.Out.WriteLineAsync(string.Create(French, $"Index reconstruit : {count:N0} question(s) en {stopwatch.Elapsed.TotalSeconds:0.0} s"));
            return Success;
        }
        catch (IndexUnavailableException)
        {
            await console.Error.WriteLineAsync("erreur : l'index est ouvert par le site en cours d'exécution ; arrêtez-le puis relancez reindex (au démarrage, le site reconstruit lui-même un index absent ou endommagé).");
            return Failure;
        }
    }

    /// <summary>One self-erasing progress line on the terminal: count and rate.</summary>
    private sealed class TerminalProgress(TextWriter writer) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) =>
            writer.Write(string.Create(French, $"\r{value.Processed:N0} documents lus · {value.DocumentsPerSecond:N0}/s · {value.Rejected:N0} rejeté(s)   "));

        public void Clear() => writer.Write("\r" + new string(' ', 70) + "\r");
    }
}
