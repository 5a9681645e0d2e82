using Microsoft.Extensions.Options;
using QuestionsEcrites.Import;
using QuestionsEcrites.Indexing;
using QuestionsEcrites.Search.Indexing;

namespace QuestionsEcrites.Web.Hosting;

/// <summary>
/// At start-up: migrates the database and, for the site, takes ownership of the search index (so that no other
/// process writes it while the site runs) and imports the seeds when the store holds no question yet. Bringing the
/// index up to date is left to <see cref="IndexSyncService"/>, off the start-up path: the site listens at once.
/// </summary>
public sealed partial class StoreInitializer(
    DbInitializer db,
    ImportService importer,
    QuestionIndex index,
    IndexFollower indexFollower,
    IOptions<ImportOptions> options,
    ContentRoot contentRoot,
    ILogger<StoreInitializer> logger)
{
    /// <param name="site">True for the site: own the index and import the seeds into an empty store.</param>
    public async Task InitializeAsync(bool site, CancellationToken ct)
    {
        await db.InitializeAsync(ct);
        if (!site)
        {
            return;
        }

        try
        {
            index.Acquire();
        }
        catch (IndexUnavailableException ex)
        {
            LogIndexHeld(ex.Message);
        }

        if (await db.IsEmptyAsync(ct))
        {
            await ImportSeedsAsync(ct);
        }
    }

    private async Task ImportSeedsAsync(CancellationToken ct)
    {
        var seeds = FindSeeds(options.Value.SeedsPath, contentRoot.Path);
        if (seeds is null)
        {
            LogNoSeeds(options.Value.SeedsPath);
            return;
        }

        // Sources are named from the seeds folder's parent: "seeds/003_….txt", as an import from the repo root would.
        var report = await importer.ImportAsync([seeds], Path.GetDirectoryName(seeds)!, progress: null, ct);

        // A handful of documents: searchable before the site's first request.
        await indexFollower.CatchUpAsync(ct);
        LogSeeded(report.Added, seeds, report.Rejected.Count);
        foreach (var rejected in report.Rejected)
        {
            LogSeedRejected(rejected.Source, rejected.Reason);
        }
    }

    /// <summary>The seeds folder: as configured if absolute, else under the content root or one of its parents (the repo root).</summary>
    public static string? FindSeeds(string seedsPath, string contentRoot)
    {
        if (Path.IsPathRooted(seedsPath))
        {
            return Directory.Exists(seedsPath) ? seedsPath : null;
        }

        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, seedsPath);
            if (Directory.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Empty database: imported {Count} seed questions from {Folder} ({Rejected} rejected)")]
    private partial void LogSeeded(int count, string folder, int rejected);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seed {Source} rejected: {Reason}")]
    private partial void LogSeedRejected(string source, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The search index is held by another process ({Reason}); the site will take it over when it is released")]
    private partial void LogIndexHeld(string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Empty database and no seeds folder found for {SeedsPath}")]
    private partial void LogNoSeeds(string seedsPath);
}
