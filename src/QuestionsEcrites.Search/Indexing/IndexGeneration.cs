using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using QuestionsEcrites.Search.Analysis;

namespace QuestionsEcrites.Search.Indexing;

/// <summary>
/// One complete Lucene index in a folder of its own: its <see cref="NIOFSDirectory"/> (not <c>FSDirectory.Open</c>,
/// whose MMapDirectory is slow under concurrent search in this Lucene.Net version), its one writer and the
/// <see cref="SearcherManager"/> opened from it. A rebuild fills a new generation beside the live one, which keeps
/// serving until the new one is complete and swapped in.
/// </summary>
internal sealed class IndexGeneration : IDisposable
{
    private const string SchemaKey = "schema";
    private const string SyncedKey = "syncedUpTo";

    private readonly NIOFSDirectory _directory;
    private readonly Analyzer _analyzer;

    private IndexGeneration(string name, string path, NIOFSDirectory directory, Analyzer analyzer, IndexWriter writer, long syncedUpTo)
    {
        Name = name;
        Path = path;
        _directory = directory;
        _analyzer = analyzer;
        Writer = writer;
        _syncedUpTo = syncedUpTo;
        Searchers = new SearcherManager(writer, applyAllDeletes: true, searcherFactory: null);
    }

    public string Name { get; }

    public string Path { get; }

    public IndexWriter Writer { get; }

    public SearcherManager Searchers { get; }

    private long _syncedUpTo;

    /// <summary>
    /// The store's change stamp up to which this generation's current searcher holds every question: moved only
    /// after the searchers are refreshed, so a response cached under a version never came from an older searcher.
    /// </summary>
    public long SyncedUpTo => Volatile.Read(ref _syncedUpTo);

    /// <summary>A new, empty generation (its folder must not hold an index).</summary>
    public static IndexGeneration Create(string root, string name) => OpenWriter(root, name, create: true, out _)!;

    /// <summary>
    /// The generation in <paramref name="name"/>, or null with the reason when it cannot serve: missing, of another
    /// schema, or unreadable (derived data: it is rebuilt from the store rather than repaired).
    /// </summary>
    public static IndexGeneration? TryOpen(string root, string name, out string? reason)
    {
        try
        {
            return OpenWriter(root, name, create: false, out reason);
        }
        catch (Exception ex) when (IsCorruption(ex))
        {
            reason = "illisible (" + ex.GetType().Name + " : " + ex.Message + ")";
            return null;
        }
    }

    public static bool IsCorruption(Exception ex) =>
        ex is CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or EndOfStreamException
            or FileNotFoundException or DirectoryNotFoundException or IndexNotFoundException;

    /// <summary>Commits what was written, with how far the store is indexed, and refreshes the searchers.</summary>
    public void Commit(long syncedUpTo)
    {
        Writer.SetCommitData(new Dictionary<string, string>
        {
            [SchemaKey] = IndexFields.SchemaVersion,
            [SyncedKey] = syncedUpTo.ToString(CultureInfo.InvariantCulture),
        });
        Writer.Commit();
        Searchers.MaybeRefreshBlocking();
        Volatile.Write(ref _syncedUpTo, syncedUpTo); // after the refresh: see SyncedUpTo
    }

    /// <summary>Searchers are released first, then the writer (nothing uncommitted is kept), then the folder.</summary>
    public void Dispose()
    {
        Searchers.Dispose();
        Writer.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }

    private static IndexGeneration? OpenWriter(string root, string name, bool create, out string? reason)
    {
        var path = System.IO.Path.Combine(root, name);
        if (!create && !System.IO.Directory.Exists(path))
        {
            reason = "absent";
            return null;
        }

        System.IO.Directory.CreateDirectory(path);
        var directory = new NIOFSDirectory(new DirectoryInfo(path));
        var analyzer = QuestionIndex.CreateAnalyzer();
        IndexWriter? writer = null;
        try
        {
            if (!create && !DirectoryReader.IndexExists(directory))
            {
                reason = "absent";
                directory.Dispose();
                analyzer.Dispose();
                return null;
            }

            writer = new IndexWriter(directory, new IndexWriterConfig(LuceneSettings.Version, analyzer)
            {
                OpenMode = create ? OpenMode.CREATE : OpenMode.APPEND,
                // Fewer, larger flushes and merges: the index of a rebuild or a bulk import costs 10–20 % less CPU
                // than with 64 MB (Benchmarks README, « The index writer's RAM buffer »).
                RAMBufferSizeMB = 256,
                // The norms the searches' BM25 expects (the same byte as the classic similarity's).
                Similarity = Querying.RankingOptions.Default.CreateSimilarity(),
            });
            var data = create ? new Dictionary<string, string>() : writer.CommitData;
            if (!create && !(data.TryGetValue(SchemaKey, out var schema) && schema == IndexFields.SchemaVersion))
            {
                reason = "schéma " + (data.TryGetValue(SchemaKey, out var old) ? old : "inconnu") + " au lieu de " + IndexFields.SchemaVersion;
                writer.Dispose();
                directory.Dispose();
                analyzer.Dispose();
                return null;
            }

            var synced = data.TryGetValue(SyncedKey, out var value) && long.TryParse(value, CultureInfo.InvariantCulture, out var stamp) ? stamp : 0;
            reason = null;
            return new IndexGeneration(name, path, directory, analyzer, writer, synced);
        }
        catch
        {
            writer?.Dispose();
            directory.Dispose();
            analyzer.Dispose();
            throw;
        }
    }
}
