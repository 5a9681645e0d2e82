using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QuestionsEcrites.Data;
using QuestionsEcrites.Import.Deputies;
using QuestionsEcrites.Import.Indexing;
using QuestionsEcrites.Import.Parsing;
using QuestionsEcrites.Import.Sources;
using QuestionsEcrites.Search.Indexing;

namespace QuestionsEcrites.Import;

/// <summary>
/// Imports documents into the store: reads paths (files, folders, zips), parses batches in parallel, and upserts
/// each batch in one transaction, then brings the search index up to date (one commit per batch). A document that
/// cannot be read or parsed is rejected with its reason; the others are imported, and what was stored before is
/// never lost. When another process (the running site) holds the index, the store is still written and that
/// process indexes the new questions on its next check.
/// </summary>
public sealed partial class ImportService(
    IDbContextFactory<QuestionsDbContext> dbFactory,
    IndexSynchronizer indexSynchronizer,
    IOptions<ImportOptions> options,
    TimeProvider time,
    ILogger<ImportService> logger)
{
    /// <param name="paths">Files, folders (recursive) or .zip archives.</param>
    /// <param name="baseDirectory">Relative paths and the stored source names are relative to this folder.</param>
    public async Task<ImportReport> ImportAsync(
        IEnumerable<string> paths,
        string baseDirectory,
        IProgress<ImportProgress>? progress,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var stopwatch = Stopwatch.StartNew();
        var rejected = new List<RejectedDocument>();
        var warnings = new List<DocumentWarning>();
        int added = 0, updated = 0, unchanged = 0, deputiesResolved = 0;

        LookupCache lookups;
        long lastStamp;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            lookups = await LookupCache.LoadAsync(db, ct);
            lastStamp = await db.Questions.MaxAsync(q => (long?)q.ChangeStamp, ct) ?? 0;
        }

        var indexState = IndexState.Updated;

        var reader = new DocumentSourceReader(baseDirectory);
        foreach (var batch in reader.Read(paths).Chunk(options.Value.BatchSize))
        {
            ct.ThrowIfCancellationRequested();
            var deputies = new List<ParsedDeputy>();
            var parsed = Parse(batch, rejected, warnings, deputies);

            // Strictly increasing per batch, so the index can resume exactly after the last batch it saw.
            lastStamp = Math.Max(time.GetUtcNow().ToUnixTimeMilliseconds(), lastStamp + 1);
            if (deputies.Count > 0)
            {
                // Names first, so that this batch's questions find their deputies named.
                await using (var db = await dbFactory.CreateDbContextAsync(ct))
                {
                    deputiesResolved += await new DeputyResolver(db, lastStamp).ApplyAsync(deputies, ct);
                }

                await using (var db = await dbFactory.CreateDbContextAsync(ct))
                {
                    lookups = await LookupCache.LoadAsync(db, ct);
                }
            }

            var outcomes = await WriteAsync(parsed, lookups, lastStamp, rejected, ct);
            if (outcomes.Any(o => o != WriteOutcome.Unchanged) || deputies.Count > 0 || indexState == IndexState.Updated)
            {
                indexState = await SyncIndexAsync(indexState, ct);
            }

            foreach (var outcome in outcomes)
            {
                switch (outcome)
                {
                    case WriteOutcome.Added:
                        added++;
                        break;
                    case WriteOutcome.Updated:
                        updated++;
                        break;
                    default:
                        unchanged++;
                        break;
                }
            }

            progress?.Report(new ImportProgress(added + updated + unchanged + rejected.Count, rejected.Count, stopwatch.Elapsed));
        }

        var report = new ImportReport(added, updated, unchanged, rejected, warnings, stopwatch.Elapsed) { Index = indexState, DeputiesResolved = deputiesResolved };
        LogImported(report.Added, report.Updated, report.Unchanged, report.Rejected.Count, report.Elapsed.TotalSeconds);
        return report;
    }

    private async Task<IndexState> SyncIndexAsync(IndexState state, CancellationToken ct)
    {
        if (state == IndexState.HeldByAnotherProcess)
        {
            return state;
        }

        try
        {
            await indexSynchronizer.SyncAsync(ct);
            return IndexState.Updated;
        }
        catch (IndexUnavailableException ex)
        {
            LogIndexHeld(ex.Message);
            return IndexState.HeldByAnotherProcess;
        }
    }

    /// <summary>Parses a batch on all cores; rejected documents and warnings are collected in document order.</summary>
    private static List<ParsedDocument> Parse(SourceItem[] batch, List<RejectedDocument> rejected, List<DocumentWarning> warnings, List<ParsedDeputy> deputies)
    {
        var contents = new ParsedContent?[batch.Length];
        Parallel.For(0, batch.Length, i =>
        {
            if (batch[i] is SourceDocument document)
            {
                try
                {
                    contents[i] = DocumentParser.ParseContent(document.Content);
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    // A parser bug must cost one document, never the import.
                    contents[i] = new ParsedContent(ParseResult<ParsedQuestion>.Failure("erreur inattendue pendant l'analyse : " + ex.Message), [], null);
                }
            }
        });

        var parsed = new List<ParsedDocument>(batch.Length);
        for (var i = 0; i < batch.Length; i++)
        {
            switch (batch[i])
            {
                case SourceFailure failure:
                    rejected.Add(new RejectedDocument(failure.Name, failure.Reason));
                    break;
                case SourceDocument document when contents[i]!.Question is null:
                    if (contents[i]!.DeputiesError is { } deputiesError)
                    {
                        rejected.Add(new RejectedDocument(document.Name, deputiesError));
                    }
                    else
                    {
                        deputies.AddRange(contents[i]!.Deputies);
                    }

                    break;
                case SourceDocument document:
                    var result = contents[i]!.Question!;
                    warnings.AddRange(result.Warnings.Select(w => new DocumentWarning(document.Name, w)));
                    if (result.Succeeded)
                    {
                        parsed.Add(new ParsedDocument(document.Name, result.Value!));
                    }
                    else
                    {
                        rejected.Add(new RejectedDocument(document.Name, string.Join(" ; ", result.Errors)));
                    }

                    break;
            }
        }

        return parsed;
    }

    /// <summary>
    /// Writes a batch in one transaction. Should the store refuse it, each document is retried alone so that one
    /// bad row rejects one document, not the batch.
    /// </summary>
    private async Task<IReadOnlyList<WriteOutcome>> WriteAsync(
        List<ParsedDocument> documents,
        LookupCache lookups,
        long changeStamp,
        List<RejectedDocument> rejected,
        CancellationToken ct)
    {
        if (documents.Count == 0)
        {
            return [];
        }

        try
        {
            return await WriteBatchAsync(documents, lookups, changeStamp, ct);
        }
        catch (DbUpdateException ex) when (documents.Count > 1)
        {
            LogBatchRetried(documents.Count, ex.GetBaseException().Message);
        }

        var outcomes = new List<WriteOutcome>(documents.Count);
        foreach (var document in documents)
        {
            try
            {
                outcomes.AddRange(await WriteBatchAsync([document], lookups, changeStamp, ct));
            }
            catch (DbUpdateException ex)
            {
                rejected.Add(new RejectedDocument(document.Source, "écriture refusée par la base : " + ex.GetBaseException().Message));
            }
        }

        return outcomes;
    }

    private async Task<IReadOnlyList<WriteOutcome>> WriteBatchAsync(IReadOnlyList<ParsedDocument> documents, LookupCache lookups, long changeStamp, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        try
        {
            return await new QuestionBatchWriter(db, lookups, time.GetUtcNow(), changeStamp).WriteAsync(documents, ct);
        }
        catch
        {
            lookups.Rollback();
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Import: {Added} added, {Updated} updated, {Unchanged} unchanged, {Rejected} rejected in {Seconds:F1} s")]
    private partial void LogImported(int added, int updated, int unchanged, int rejected, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index not updated by this import: {Reason}")]
    private partial void LogIndexHeld(string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A batch of {Count} documents was refused ({Reason}); retrying one by one")]
    private partial void LogBatchRetried(int count, string reason);
}
