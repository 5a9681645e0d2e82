using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QuestionsEcrites.Data;
using QuestionsEcrites.Data.Changes;
using QuestionsEcrites.Import.Deputies;
using QuestionsEcrites.Import.Parsing;
using QuestionsEcrites.Import.Sources;

namespace QuestionsEcrites.Import;

/// <summary>
/// Imports documents into the store: reads paths (files, folders, zips), parses batches in parallel, and upserts
/// each batch in one transaction, then raises <see cref="StoreChangeSignal"/> (whoever derives data from the store,
/// the index follower, takes it from there). A document that cannot be read or parsed is rejected with its reason;
/// the others are imported, and what was stored before is never lost.
/// </summary>
public sealed partial class ImportService(
    IDbContextFactory<QuestionsDbContext> dbFactory,
    StoreChangeSignal storeChanged,
    IOptions<ImportOptions> options,
    TimeProvider time,
    ILogger<ImportService> logger)
{
    /// <param name="paths">Files, folders (recursive) or .zip archives.</param>
    /// <param name="baseDirectory">Relative paths and the stored source names are relative to this folder.</param>
    /// <remarks>
    /// Stages overlap so that both cores stay busy: the next batch is read and parsed while this one is written
    /// to SQLite; and a listener to the change signal (the index follower) works on what is committed meanwhile.
    /// </remarks>
    public async Task<ImportReport> ImportAsync(
        IEnumerable<string> paths,
        string baseDirectory,
        IProgress<ImportProgress>? progress,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var stopwatch = Stopwatch.StartNew();
        var rejected = new List<RejectedDocument>();
        var skipped = new List<SkippedSource>();
        var warnings = new List<DocumentWarning>();
        int added = 0, updated = 0, unchanged = 0, deputiesResolved = 0;

        LookupCache lookups;
        long lastStamp;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            lookups = await LookupCache.LoadAsync(db, ct);
            lastStamp = await db.Questions.MaxAsync(q => (long?)q.ChangeStamp, ct) ?? 0;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        // Two parsed batches ahead at most: enough to hide parsing, little memory.
        var parsedBatches = Channel.CreateBounded<ParsedBatch>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        var parsing = Task.Run(() => ParseAllAsync(new DocumentSourceReader(baseDirectory, options.Value.SourceLimits).Read(paths), parsedBatches.Writer, stop.Token), stop.Token);
        try
        {
            await foreach (var batch in parsedBatches.Reader.ReadAllAsync(stop.Token))
            {
                rejected.AddRange(batch.Rejected);
                skipped.AddRange(batch.Skipped);
                warnings.AddRange(batch.Warnings);

                // Strictly increasing per batch, so the index can resume exactly after the last batch it saw.
                lastStamp = Math.Max(time.GetUtcNow().ToUnixTimeMilliseconds(), lastStamp + 1);
                if (batch.Deputies.Count > 0)
                {
                    // Names first, so that this batch's questions find their deputies named.
                    await using (var db = await dbFactory.CreateDbContextAsync(stop.Token))
                    {
                        deputiesResolved += await new DeputyResolver(db, lastStamp).ApplyAsync(batch.Deputies, stop.Token);
                    }

                    await using (var db = await dbFactory.CreateDbContextAsync(stop.Token))
                    {
                        lookups = await LookupCache.LoadAsync(db, stop.Token);
                    }
                }

                var outcomes = await WriteAsync(batch.Documents, lookups, lastStamp, rejected, stop.Token);
                if (outcomes.Any(o => o != WriteOutcome.Unchanged) || batch.Deputies.Count > 0)
                {
                    storeChanged.Raise();
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

            await parsing;
            var report = new ImportReport(added, updated, unchanged, rejected, warnings, stopwatch.Elapsed) { DeputiesResolved = deputiesResolved, Skipped = skipped };
            LogImported(report.Added, report.Updated, report.Unchanged, report.Rejected.Count, report.Elapsed.TotalSeconds);
            return report;
        }
        catch
        {
            // One stage failed or the caller cancelled: stop the others before leaving, so no work outlives the call.
            await stop.CancelAsync();
            try
            {
                await parsing;
            }
            catch
            {
                // The error being thrown is the one to report.
            }

            throw;
        }
    }

    /// <summary>Reads the sources in batches and parses each on all cores, ahead of the writes.</summary>
    private async Task ParseAllAsync(IEnumerable<SourceItem> items, ChannelWriter<ParsedBatch> output, CancellationToken ct)
    {
        try
        {
            foreach (var batch in items.Chunk(options.Value.BatchSize))
            {
                ct.ThrowIfCancellationRequested();
                await output.WriteAsync(Parse(batch), ct);
            }

            output.Complete();
        }
        catch (Exception ex)
        {
            output.Complete(ex);
            throw;
        }
    }

    /// <summary>Parses a batch on all cores; rejected documents and warnings are collected in document order.</summary>
    private ParsedBatch Parse(SourceItem[] batch)
    {
        var rejected = new List<RejectedDocument>();
        var skipped = new List<SkippedSource>();
        var warnings = new List<DocumentWarning>();
        var deputies = new List<ParsedDeputy>();
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
                    // A parser bug must cost one document, never the import; its stack trace goes to the log, to be fixed.
                    LogParserBug(ex, document.Name);
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
                case SourceSkipped skip:
                    skipped.Add(new SkippedSource(skip.Name, skip.Reason));
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

        return new ParsedBatch(parsed, rejected, skipped, warnings, deputies);
    }

    /// <summary>One batch as parsed: what to write, and what was rejected or noted on the way, in document order.</summary>
    private sealed record ParsedBatch(
        List<ParsedDocument> Documents,
        List<RejectedDocument> Rejected,
        List<SkippedSource> Skipped,
        List<DocumentWarning> Warnings,
        List<ParsedDeputy> Deputies);

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

    [LoggerMessage(Level = LogLevel.Error, Message = "Parser bug: {Source} could not be parsed and was rejected")]
    private partial void LogParserBug(Exception ex, string source);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A batch of {Count} documents was refused ({Reason}); retrying one by one")]
    private partial void LogBatchRetried(int count, string reason);
}
