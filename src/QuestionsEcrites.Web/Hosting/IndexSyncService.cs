using Microsoft.Extensions.Options;
using QuestionsEcrites.Import.Indexing;
using QuestionsEcrites.Search;

namespace QuestionsEcrites.Web.Hosting;

/// <summary>
/// Indexes, every few seconds, the questions another process (a command-line import) wrote to the database while
/// the site held the index. The check is one query on an indexed column.
/// </summary>
public sealed partial class IndexSyncService(
    IndexSynchronizer synchronizer,
    IOptions<SearchOptions> options,
    TimeProvider time,
    ILogger<IndexSyncService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.SyncIntervalSeconds), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (await synchronizer.IsBehindAsync(stoppingToken))
                {
                    var count = await synchronizer.SyncAsync(stoppingToken);
                    LogCaughtUp(count);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The next tick tries again; searches keep using the last committed index meanwhile.
                LogFailed(ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Indexed {Count} questions written by another process")]
    private partial void LogCaughtUp(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Index synchronisation failed; retrying at the next tick")]
    private partial void LogFailed(Exception ex);
}
