using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using QuestionsEcrites.Data.Changes;
using QuestionsEcrites.Search.Indexing;

namespace QuestionsEcrites.Indexing;

/// <summary>
/// Follows the store: each <see cref="StoreChangeSignal"/> asks for a sync, run in the background so that the
/// writer goes on (an import writes its next batch while the previous one is indexed); requests that arrive during
/// a sync are served together by the next one, so the index trails the store by at most the batches written
/// meanwhile. <see cref="CatchUpAsync"/> waits for a sync that started after the call.
/// </summary>
public sealed partial class IndexFollower : IDisposable
{
    private readonly IndexSynchronizer _synchronizer;
    private readonly StoreChangeSignal _signal;
    private readonly ILogger<IndexFollower> _logger;
    private readonly Channel<TaskCompletionSource<IndexState>?> _requests =
        Channel.CreateUnbounded<TaskCompletionSource<IndexState>?>(new UnboundedChannelOptions { SingleReader = true });

    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;

    public IndexFollower(IndexSynchronizer synchronizer, StoreChangeSignal signal, ILogger<IndexFollower> logger)
    {
        _synchronizer = synchronizer;
        _signal = signal;
        _logger = logger;
        _signal.Changed += OnStoreChanged;
        _loop = Task.Run(() => RunAsync(_stopping.Token));
    }

    /// <summary>Waits until the index holds what the store holds now, or says that another process owns it.</summary>
    public Task<IndexState> CatchUpAsync(CancellationToken ct)
    {
        var done = new TaskCompletionSource<IndexState>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_requests.Writer.TryWrite(done))
        {
            throw new ObjectDisposedException(nameof(IndexFollower));
        }

        return done.Task.WaitAsync(ct);
    }

    public void Dispose()
    {
        _signal.Changed -= OnStoreChanged;
        _requests.Writer.TryComplete();
        _stopping.Cancel();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(30));
        }
        catch (AggregateException)
        {
            // Stopped mid-sync: the index keeps its last commit, and the next start catches up from there.
        }

        _stopping.Dispose();
    }

    private void OnStoreChanged(object? sender, EventArgs e) => _requests.Writer.TryWrite(null);

    private async Task RunAsync(CancellationToken ct)
    {
        var waiting = new List<TaskCompletionSource<IndexState>>();
        while (await _requests.Reader.WaitToReadAsync(ct))
        {
            while (_requests.Reader.TryRead(out var request))
            {
                if (request is not null)
                {
                    waiting.Add(request);
                }
            }

            try
            {
                await _synchronizer.SyncAsync(ct);
                Complete(waiting, IndexState.Updated);
            }
            catch (IndexUnavailableException ex)
            {
                LogHeld(ex.Message);
                Complete(waiting, IndexState.HeldByAnotherProcess);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                waiting.ForEach(w => w.TrySetCanceled(ct));
                throw;
            }
            catch (Exception ex)
            {
                // The store is intact; whoever waits hears of the failure, and the next change tries again.
                LogFailed(ex);
                waiting.ForEach(w => w.TrySetException(ex));
                waiting.Clear();
            }
        }
    }

    private static void Complete(List<TaskCompletionSource<IndexState>> waiting, IndexState state)
    {
        waiting.ForEach(w => w.TrySetResult(state));
        waiting.Clear();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index not updated here: {Reason}")]
    private partial void LogHeld(string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Indexing the store's changes failed")]
    private partial void LogFailed(Exception ex);
}
