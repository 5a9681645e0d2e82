using Microsoft.Extensions.Options;
using QuestionsEcrites.Data.Changes;
using QuestionsEcrites.Search;

namespace QuestionsEcrites.Web.Hosting;

/// <summary>
/// Keeps something derived from the store up to date off the request path: once the site listens, then when the
/// store signals a change and at every <see cref="SearchOptions.SyncIntervalSeconds"/> (for imports run by another
/// process). A failure is logged and retried at the next turn; it never stops the site.
/// </summary>
public abstract class StoreFollowingService(StoreChangeSignal signal, IOptions<SearchOptions> options) : BackgroundService
{
    private readonly SemaphoreSlim _changed = new(0, 1);

    protected abstract Task RefreshAsync(CancellationToken ct);

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
        GC.SuppressFinalize(this);
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
}
