namespace QuestionsEcrites.Data.Statistics;

/// <summary>
/// Every written question's clock row in memory, by question id, with the names of what the figures group by: the
/// accountability figures are computed from it with any filter in a pass over plain structs (milliseconds at a
/// million questions) instead of a full-table scan per request. It is patched with the rows changed since its stamp
/// (<see cref="AccountabilitySnapshotSource"/>); readers and the patch take turns under a lock.
/// </summary>
public sealed class AccountabilitySnapshot : IDisposable
{
    private readonly ReaderWriterLockSlim _lock = new();
    private ClockRow[] _byId = [];

    /// <summary>The store's change stamp the rows are complete up to.</summary>
    public long Stamp { get; private set; }

    /// <summary>Moves with every patch: figures computed at one version stay true until it moves.</summary>
    public int Version { get; private set; }

    public StatisticsNames Names { get; private set; } = StatisticsNames.Empty;

    /// <summary>Runs <paramref name="read"/> over the rows (empty slots included: skip <see cref="ClockRow.IsEmpty"/>).</summary>
    public TResult Read<TResult>(Func<ReadOnlySpan<ClockRow>, TResult> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        _lock.EnterReadLock();
        try
        {
            return read(_byId);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>Below this many rows a pass runs on one thread: splitting costs more than it saves.</summary>
    private const int ParallelFrom = 100_000;

    /// <summary>
    /// Runs <paramref name="part"/> over consecutive slices of the rows, one per core, in parallel, and returns each
    /// slice's result in order (one slice for a small store). The caller merges them.
    /// </summary>
    public TPart[] ReadInParts<TPart>(Func<ReadOnlySpan<ClockRow>, TPart> part)
    {
        ArgumentNullException.ThrowIfNull(part);
        _lock.EnterReadLock();
        try
        {
            var rows = _byId;
            var count = rows.Length < ParallelFrom ? 1 : Environment.ProcessorCount;
            var results = new TPart[count];
            var size = (rows.Length + count - 1) / count;

            // The workers only read: the read lock this thread holds keeps the patch out until they are done.
            Parallel.For(0, count, i =>
            {
                var start = Math.Min(rows.Length, i * size);
                results[i] = part(new ReadOnlySpan<ClockRow>(rows, start, Math.Min(size, rows.Length - start)));
            });
            return results;
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>The row of one question, or null when it is not a written question of the store.</summary>
    public ClockRow? Row(int questionId) => Read(rows => questionId > 0 && questionId < rows.Length && !rows[questionId].IsEmpty ? rows[questionId] : (ClockRow?)null);

    internal void Apply(List<ClockRow> rows, long upTo, StatisticsNames names)
    {
        _lock.EnterWriteLock();
        try
        {
            var maxId = rows.Count == 0 ? 0 : rows.Max(r => r.QuestionId);
            if (maxId >= _byId.Length)
            {
                // Ids are dense (SQLite's rowid): grow by half again, so a growing store copies rarely.
                Array.Resize(ref _byId, Math.Max(maxId + 1, _byId.Length + (_byId.Length / 2)));
            }

            foreach (var row in rows)
            {
                _byId[row.QuestionId] = row;
            }

            Stamp = upTo;
            Names = names;
            Version++;
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    public void Dispose() => _lock.Dispose();
}

/// <summary>Keeps one <see cref="AccountabilitySnapshot"/> up to date with the store: one patch at a time.</summary>
public sealed partial class AccountabilitySnapshotSource(
    ClockRowReader reader,
    StatisticsNamesReader namesReader,
    SnapshotFile file,
    Microsoft.Extensions.Logging.ILogger<AccountabilitySnapshotSource> logger) : IDisposable
{
    /// <summary>A patch this large is worth saving to the file (the first load always is).</summary>
    private const int SaveFrom = 10_000;

    private readonly AccountabilitySnapshot _snapshot = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _triedFile;

    /// <summary>The snapshot, first patched with what the store wrote since (one indexed query when nothing did).</summary>
    public Task<AccountabilitySnapshot> CurrentAsync(CancellationToken ct) => PatchAsync(SaveFrom, ct);

    /// <summary>
    /// After an import that wrote <paramref name="written"/> questions: brings the saved file up to date when the
    /// next start would otherwise read many rows from the store (a million-row import then starts in half a second,
    /// not seven). Small imports leave it to the site's catch-up, which costs milliseconds.
    /// </summary>
    public async Task SaveAfterImportAsync(int written, CancellationToken ct)
    {
        if (written >= SaveFrom)
        {
            await PatchAsync(saveFrom: 1, ct);
        }
    }

    private async Task<AccountabilitySnapshot> PatchAsync(int saveFrom, CancellationToken ct)
    {
        if (await reader.LatestStampAsync(ct) <= _snapshot.Stamp)
        {
            return _snapshot;
        }

        await _gate.WaitAsync(ct);
        try
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            if (!_triedFile)
            {
                _triedFile = true;
                await LoadFileAsync(ct);
            }

            var (rows, upTo) = await reader.ReadSinceAsync(_snapshot.Stamp, ct);
            if (upTo > _snapshot.Stamp)
            {
                _snapshot.Apply(rows, upTo, await namesReader.ReadAsync(ct));
                LogPatched(rows.Count, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (rows.Count >= saveFrom)
                {
                    Save();
                }
            }

            return _snapshot;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        _snapshot.Dispose();
        _gate.Dispose();
    }

    /// <summary>The saved rows, if the file belongs to this store: a row of the store still has the file's stamp.</summary>
    private async Task LoadFileAsync(CancellationToken ct)
    {
        if (file.TryLoad() is not var (rows, stamp) || !await reader.HasStampAsync(stamp, ct))
        {
            return;
        }

        _snapshot.Apply(rows, stamp, await namesReader.ReadAsync(ct));
        LogLoaded(rows.Count, file.Path!);
    }

    private void Save()
    {
        try
        {
            _snapshot.Read(rows =>
            {
                file.Save(rows, _snapshot.Stamp);
                return true;
            });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogNotSaved(ex, file.Path);
        }
    }

    [Microsoft.Extensions.Logging.LoggerMessage(Level = Microsoft.Extensions.Logging.LogLevel.Information, Message = "Statistics snapshot: {Rows} clock rows loaded from {Path}")]
    private partial void LogLoaded(int rows, string path);

    [Microsoft.Extensions.Logging.LoggerMessage(Level = Microsoft.Extensions.Logging.LogLevel.Warning, Message = "Statistics snapshot not saved to {Path}; the next start reads the store")]
    private partial void LogNotSaved(Exception ex, string? path);

    [Microsoft.Extensions.Logging.LoggerMessage(Level = Microsoft.Extensions.Logging.LogLevel.Information, Message = "Statistics snapshot: {Rows} clock rows read and applied in {Milliseconds:0} ms")]
    private partial void LogPatched(int rows, double milliseconds);
}
