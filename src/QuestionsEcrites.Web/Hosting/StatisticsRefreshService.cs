using Microsoft.Extensions.Options;
using QuestionsEcrites.Data.Changes;
using QuestionsEcrites.Data.Statistics;
using QuestionsEcrites.Search;

namespace QuestionsEcrites.Web.Hosting;

/// <summary>
/// Keeps the accountability snapshot (<see cref="AccountabilitySnapshotSource"/>) up to date off the request path,
/// so that a request finds it current and pays one indexed query to make sure.
/// </summary>
public sealed partial class StatisticsRefreshService(
    AccountabilitySnapshotSource source,
    StoreChangeSignal signal,
    IOptions<SearchOptions> options,
    ILogger<StatisticsRefreshService> logger) : StoreFollowingService(signal, options)
{
    protected override async Task RefreshAsync(CancellationToken ct)
    {
        try
        {
            await source.CurrentAsync(ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Statistics snapshot refresh failed; requests will refresh it")]
    private partial void LogFailed(Exception ex);
}
