using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using QuestionsEcrites.Search.Analysis;

namespace QuestionsEcrites.Search.Indexing;

/// <summary>
/// The Lucene index (singleton): owns the <see cref="NIOFSDirectory"/>, the one <see cref="IndexWriter"/> and a
/// <see cref="SearcherManager"/> opened from it. The commit data records the schema version and the change stamp
/// of the store up to which the index is complete. A missing, corrupt or older index is recreated empty and
/// flagged <see cref="NeedsRebuild"/>. Opened on first use, so a process that never searches never locks it.
/// </summary>
public sealed partial class QuestionIndex(string path, ILogger<QuestionIndex> logger) : IDisposable
{
    private const string SchemaKey = "schema";
    private const string SyncedKey = "syncedUpTo";

    private readonly System.Threading.Lock _gate = new();
    private State? _state;
    private bool _disposed;

    public string Path { get; } = path;

    /// <summary>Per-field analysis: exact fields unstemmed, filter fields as keywords, the rest stemmed French.</summary>
    public static Analyzer CreateAnalyzer()
    {
        var exact = FrenchAnalyzers.Exact();
        return new PerFieldAnalyzerWrapper(
            FrenchAnalyzers.Stemmed(),
            new Dictionary<string, Analyzer>
            {
                [IndexFields.TitleExact] = exact,
                [IndexFields.TextExact] = exact,
                [IndexFields.AnswerExact] = exact,
                [IndexFields.MetaExact] = exact,
            });
    }

    /// <summary>True when the index does not (or no longer) reflect the store and must be rebuilt from it.</summary>
    public bool NeedsRebuild => Open().NeedsRebuild;

    /// <summary>The store's change stamp up to which every question is indexed.</summary>
    public long SyncedUpTo => Open().SyncedUpTo;

    public int DocumentCount
    {
        get
        {
            var state = Open();
            var searcher = state.Searchers.Acquire();
            try
            {
                return searcher.IndexReader.NumDocs;
            }
            finally
            {
                state.Searchers.Release(searcher);
            }
        }
    }

    /// <summary>Runs <paramref name="search"/> on the current searcher, released afterwards.</summary>
    public T Search<T>(Func<IndexSearcher, T> search)
    {
        ArgumentNullException.ThrowIfNull(search);
        var state = Open();
        var searcher = state.Searchers.Acquire();
        try
        {
            return search(searcher);
        }
        finally
        {
            state.Searchers.Release(searcher);
        }
    }

    /// <summary>
    /// Writes documents, replacing any of the same key; after <see cref="DeleteAll"/> (a rebuild) they are simply
    /// added. Analysis runs on every core: the writer is thread-safe and analysis is most of the cost.
    /// </summary>
    public void Upsert(IReadOnlyList<QuestionDocument> documents, bool replace = true)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var writer = Open().Writer;
        Parallel.ForEach(documents, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, document =>
        {
            var doc = QuestionDocumentMapper.ToLucene(document);
            if (replace)
            {
                writer.UpdateDocument(new Term(IndexFields.Key, document.Key), doc);
            }
            else
            {
                writer.AddDocument(doc);
            }
        });
    }

    /// <summary>
    /// Merges the index into at most <paramref name="maxSegments"/> segments. After a rebuild: each query term is
    /// looked up once per segment and field, which is most of a selective query's cost.
    /// </summary>
    public void Compact(int maxSegments) => Open().Writer.ForceMerge(maxSegments, doWait: true);

    /// <summary>Starts a rebuild: every document goes; nothing is visible to searches until <see cref="Commit"/>.</summary>
    public void DeleteAll() => Open().Writer.DeleteAll();

    /// <summary>Commits what was written, records how far the store is indexed, and refreshes the searchers.</summary>
    public void Commit(long syncedUpTo)
    {
        var state = Open();
        lock (_gate)
        {
            state.Writer.SetCommitData(new Dictionary<string, string>
            {
                [SchemaKey] = IndexFields.SchemaVersion,
                [SyncedKey] = syncedUpTo.ToString(CultureInfo.InvariantCulture),
            });
            state.Writer.Commit();
            state.SyncedUpTo = syncedUpTo;
            state.NeedsRebuild = false;
        }

        state.Searchers.MaybeRefreshBlocking();
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            if (_state is { } state)
            {
                state.Searchers.Dispose();
                state.Writer.Dispose();
                state.Directory.Dispose();
                state.Analyzer.Dispose();
            }
        }
    }

    private State Open()
    {
        var state = Volatile.Read(ref _state);
        if (state is not null)
        {
            return state;
        }

        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _state ??= OpenState();
            return _state;
        }
    }

    private State OpenState()
    {
        System.IO.Directory.CreateDirectory(Path);
        try
        {
            return OpenWriter();
        }
        catch (LockObtainFailedException ex)
        {
            throw new IndexUnavailableException($"l'index {Path} est utilisé par un autre processus (le site en cours d'exécution ?)", ex);
        }
        catch (Exception ex) when (ex is CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or EndOfStreamException or FileNotFoundException)
        {
            // Derived data: a broken index is dropped and rebuilt from the store.
            LogCorrupt(ex, Path);
            foreach (var file in System.IO.Directory.EnumerateFiles(Path))
            {
                if (!file.EndsWith("write.lock", StringComparison.Ordinal))
                {
                    File.Delete(file);
                }
            }

            return OpenWriter(forceCreate: true);
        }
    }

    private State OpenWriter(bool forceCreate = false)
    {
        var directory = new NIOFSDirectory(new DirectoryInfo(Path));
        var analyzer = CreateAnalyzer();
        try
        {
            var exists = !forceCreate && DirectoryReader.IndexExists(directory);
            var config = new IndexWriterConfig(LuceneSettings.Version, analyzer)
            {
                OpenMode = exists ? OpenMode.APPEND : OpenMode.CREATE,
                RAMBufferSizeMB = 64,
            };
            var writer = new IndexWriter(directory, config);
            var data = exists ? writer.CommitData : new Dictionary<string, string>();
            var schemaMatches = data.TryGetValue(SchemaKey, out var schema) && schema == IndexFields.SchemaVersion;
            var synced = data.TryGetValue(SyncedKey, out var value) && long.TryParse(value, CultureInfo.InvariantCulture, out var stamp) ? stamp : 0;
            if (!schemaMatches)
            {
                LogRebuildNeeded(Path, exists ? schema ?? "aucune" : "absent");
            }

            var searchers = new SearcherManager(writer, applyAllDeletes: true, searcherFactory: null);
            return new State(directory, analyzer, writer, searchers) { NeedsRebuild = !schemaMatches, SyncedUpTo = schemaMatches ? synced : 0 };
        }
        catch
        {
            directory.Dispose();
            analyzer.Dispose();
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search index at {Path} is unreadable and will be rebuilt from the database")]
    private partial void LogCorrupt(Exception ex, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index at {Path} must be built (schema {Schema})")]
    private partial void LogRebuildNeeded(string path, string schema);

    private sealed class State(NIOFSDirectory directory, Analyzer analyzer, IndexWriter writer, SearcherManager searchers)
    {
        public NIOFSDirectory Directory { get; } = directory;

        public Analyzer Analyzer { get; } = analyzer;

        public IndexWriter Writer { get; } = writer;

        public SearcherManager Searchers { get; } = searchers;

        public bool NeedsRebuild { get; set; }

        public long SyncedUpTo { get; set; }
    }
}
