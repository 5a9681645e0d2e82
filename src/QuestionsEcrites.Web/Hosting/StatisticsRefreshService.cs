using Microsoft.Extensions.Options;
using QuestionsEcrites.Data.Changes;
using QuestionsEcrites.Data.Statistics;
using QuestionsEcrites.Search;

namespace QuestionsEcrites.Web.Hosting;

/// <summary>
/// Keeps the accountability snapshot (<see cref="AccountabilitySnapshotSource"/>) up to date off the request path:
/// loaded once the site listens, then patched when the store signals a change and at every
/// <see cref="SearchOptions.SyncIntervalSeconds"/> (for imports run by another process). A request then finds it
/// current and pays one indexed query to make sure.
/// </summary>
public sealed partial class StatisticsRefreshService(
    AccountabilitySnapshotSource source,
    StoreChangeSignal signal,
    IOptions<SearchOptions> options,
    ILogger<StatisticsRefreshService> logger) : BackgroundService
{
    private readonly SemaphoreSlim _changed = new(0, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // the host finishes starting, and listens, first
        signal.Changed += OnChanged;
        try
        {
            var interval = TimeSpan.FromSeconds(options.Value.SyncIntervalSeconds);
            while (!stoppingToken.IsCancellationRequested)
            {
                await RefreshAsync(stoppingToken);
                await WaitAsync(interval, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            signal.Changed -= OnChanged;
        }
    }

    public override void Dispose()
    {
        _changed.Dispose();
        base.Dispose();
    }

    private void OnChanged(object? sender, EventArgs e)
    {
        if (_changed.CurrentCount == 0)
        {
            try
            {
                _changed.Release();
            }
            catch (SemaphoreFullException)
            {
                // already signalled
            }
        }
    }

    private async Task WaitAsync(TimeSpan interval, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(interval);
        try
        {
            await _changed.WaitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // the interval passed without a signal
        }

    }

    private async Task RefreshAsync(CancellationToken ct)
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
