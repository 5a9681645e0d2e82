using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using QuestionsEcrites.Data;
using QuestionsEcrites.Domain.Questions;
using QuestionsEcrites.Search.Indexing;

namespace QuestionsEcrites.Indexing;

/// <summary>
/// Keeps the search index derived from the store: indexes the questions written since the index's recorded change
/// stamp (one commit), or rebuilds it whole when it is missing, corrupt or of an older schema. One sync runs at a
/// time; <see cref="IndexFollower"/> calls it when the store changes, the site's periodic check and <c>reindex</c> too.
/// </summary>
public sealed partial class IndexSynchronizer(
    IDbContextFactory<QuestionsDbContext> dbFactory,
    QuestionIndex index,
    ILogger<IndexSynchronizer> logger) : IDisposable
{
    /// <summary>Questions an import must change for the index to be merged after it.</summary>
    public const int BulkMinimum = 20_000;

    /// <summary>What a rebuild leaves too (<see cref="IndexRebuild.Publish"/>).</summary>
    public const int SegmentsAfterBulk = 2;

    private const int ChunkSize = 2_000;
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Indexes what the store has that the index lacks; a full rebuild when the index needs one.</summary>
    public Task<int> SyncAsync(CancellationToken ct) => RunAsync(rebuild: false, ct);

    /// <summary>Rebuilds the index from every question of the store (the <c>reindex</c> verb).</summary>
    public Task<int> RebuildAsync(CancellationToken ct) => RunAsync(rebuild: true, ct);

    /// <summary>
    /// After an import that changed <paramref name="changed"/> questions: when that is a bulk (at least
    /// <see cref="BulkMinimum"/> and a tenth of the index), merges the index into <see cref="SegmentsAfterBulk"/>
    /// segments, as a rebuild does. At a million questions the merge takes about a minute, and « Questions proches »
    /// (one lookup per word per segment) becomes about twice as fast as on the import's 19 segments.
    /// </summary>
    public async Task<bool> CompactAfterBulkAsync(int changed, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            if (!IsBulk(changed, index.DocumentCount) || index.SegmentCount <= SegmentsAfterBulk)
            {
                return false;
            }

            var stopwatch = Stopwatch.StartNew();
            var before = index.SegmentCount;
            await Task.Run(() => index.Compact(SegmentsAfterBulk), ct);
            LogCompacted(before, SegmentsAfterBulk, stopwatch.Elapsed.TotalSeconds);
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>True when an import that changed <paramref name="changed"/> questions of an index of <paramref name="documents"/> is a bulk.</summary>
    public static bool IsBulk(int changed, int documents) => changed >= BulkMinimum && changed >= documents / 10;

    public void Dispose() => _gate.Dispose();

    private async Task<int> RunAsync(bool rebuild, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            return rebuild || index.NeedsRebuild ? await RebuildCoreAsync(ct) : await CatchUpAsync(ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Every row, in primary-key order, into a new generation that replaces the live one once complete. The stamp
    /// recorded is the store's latest as read before the first row, and only rows up to it are read: a batch
    /// committed meanwhile has a later stamp and is left to the next sync, neither missed nor indexed twice.
    /// </summary>
    private async Task<int> RebuildCoreAsync(CancellationToken ct)
    {
        var stopwatch = Stopwatch.StartNew();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var upTo = await LatestStampAsync(db, ct);
        using var rebuild = index.BeginRebuild();
        var count = 0;
        var lastId = 0;
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            var chunk = await Project(db.Questions.AsNoTracking()
                    .Where(q => q.Id > lastId && q.ChangeStamp <= upTo)
                    .OrderBy(q => q.Id)
                    .Take(ChunkSize))
                .ToListAsync(ct);
            if (chunk.Count == 0)
            {
                break;
            }

            rebuild.Add(chunk);
            count += chunk.Count;
            lastId = chunk[^1].Id;
        }

        rebuild.Publish(upTo);
        LogRebuilt(count, stopwatch.Elapsed.TotalSeconds);
        return count;
    }

    /// <summary>
    /// The rows changed since the index's stamp: their ids first, from the change-stamp index alone (a filter on
    /// the stamp next to a paging on the id would make SQLite walk the whole table, about a second at a million
    /// questions even when nothing changed), then the rows by id, a chunk at a time. As for a rebuild, the stamp
    /// recorded is the latest read before the rows; a row changed again meanwhile is indexed in its newer version
    /// now and again at the next sync (harmless).
    /// </summary>
    private async Task<int> CatchUpAsync(CancellationToken ct)
    {
        var since = index.SyncedUpTo;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var upTo = await LatestStampAsync(db, ct);
        if (upTo <= since)
        {
            return 0;
        }

        // Up to the stamp read first: a batch committed meanwhile is left whole to the next sync, not indexed twice.
        var ids = await db.Questions.AsNoTracking().Where(q => q.ChangeStamp > since && q.ChangeStamp <= upTo).Select(q => q.Id).ToListAsync(ct);
        ids.Sort();
        var count = 0;
        foreach (var chunk in ids.Chunk(ChunkSize))
        {
            ct.ThrowIfCancellationRequested();
            var documents = await Project(db.Questions.AsNoTracking().Where(q => chunk.Contains(q.Id))).ToListAsync(ct);
            index.Upsert(documents);
            count += documents.Count;
        }

        index.Commit(upTo);
        LogCaughtUp(count);
        return count;
    }

    private static async Task<long> LatestStampAsync(QuestionsDbContext db, CancellationToken ct) =>
        await db.Questions.MaxAsync(q => (long?)q.ChangeStamp, ct) ?? 0;

    private static IQueryable<QuestionDocument> Project(IQueryable<Question> questions) =>
        questions.Select(QuestionDocumentProjection.FromQuestion);

    [LoggerMessage(Level = LogLevel.Information, Message = "Indexed {Count} changed questions")]
    private partial void LogCaughtUp(int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index merged from {Before} to {After} segments after a bulk import in {Seconds:F1} s")]
    private partial void LogCompacted(int before, int after, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index rebuilt: {Count} questions in {Seconds:F1} s")]
    private partial void LogRebuilt(int count, double seconds);
}
