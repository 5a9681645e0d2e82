using Microsoft.Extensions.Options;
using QuestionsEcrites.Indexing;
using QuestionsEcrites.Search;
using QuestionsEcrites.Search.Querying;

namespace QuestionsEcrites.Web.Hosting;

/// <summary>
/// Keeps the site's index in step with the store, off the request path. At start-up, while the site already
/// listens, it brings the index up to date (a full rebuild, into a new generation, when it is missing, corrupt or
/// of an older schema) and warms the searcher up; then, every <see cref="SearchOptions.SyncIntervalSeconds"/>, it
/// indexes what another process (a command-line import) wrote to the store, through the same
/// <see cref="IndexFollower"/> the importer signals. The check is one query on an indexed column. Should another
/// process own the index, it tries again at every tick.
/// </summary>
public sealed partial class IndexSyncService(
    IndexFollower follower,
    QuestionSearcher searcher,
    IOptions<SearchOptions> options,
    TimeProvider time,
    ILogger<IndexSyncService> logger) : BackgroundService
{
    private bool _warmedUp;
    private bool _reportedUnavailable;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // the host finishes starting, and listens, first
        await SyncOnceAsync(stoppingToken);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.SyncIntervalSeconds), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await SyncOnceAsync(stoppingToken);
        }
    }

    private async Task SyncOnceAsync(CancellationToken ct)
    {
        try
        {
            // The same follower the importer signals: one path from the store to the index, one sync at a time.
            if (await follower.CatchUpAsync(ct) == IndexState.HeldByAnotherProcess)
            {
                if (!_reportedUnavailable)
                {
                    _reportedUnavailable = true;
                    LogUnavailable();
                }

                return;
            }

            _reportedUnavailable = false;
            if (!_warmedUp)
            {
                _warmedUp = true;
                WarmUp();
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The next tick tries again; searches keep using the last committed generation meanwhile.
            LogFailed(ex);
        }
    }

    /// <summary>
    /// One browse, one text search and the whole store in date order once the index is ready, so that the first
    /// visitor does not pay for loading the index's columns (facets and sort keys: about half a second at a million
    /// questions), sorting each segment by date (what a download walks: about a second) and compiling the search
    /// code. A failure only loses the head start: it is logged by the caller.
    /// </summary>
    private void WarmUp()
    {
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        searcher.Search(new QuestionSearchRequest());
        searcher.Search(new QuestionSearchRequest { Text = "question ministre" });
        searcher.MatchingIds(new QuestionSearchRequest());
        LogWarmedUp(stopwatch.Elapsed.TotalMilliseconds);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Search warmed up in {Milliseconds:F0} ms")]
    private partial void LogWarmedUp(double milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search index held by another process; the site retries at every tick")]
    private partial void LogUnavailable();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Index synchronisation failed; retrying at the next tick")]
    private partial void LogFailed(Exception ex);
}
