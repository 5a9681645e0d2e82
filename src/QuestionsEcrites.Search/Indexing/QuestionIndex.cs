using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Logging;
using QuestionsEcrites.Search.Analysis;

namespace QuestionsEcrites.Search.Indexing;

/// <summary>
/// The search index (singleton), derived from the store. Its folder holds:
/// <list type="bullet">
/// <item><c>owner.lock</c>, held exclusively by the one process that owns the index (<see cref="IndexLock"/>);</item>
/// <item><c>current</c>, the name of the live generation, replaced atomically when a rebuild completes;</item>
/// <item>one folder per generation (<see cref="IndexGeneration"/>): the live one, and a rebuild's while it runs.</item>
/// </list>
/// A rebuild never touches the live generation, so searches keep their answers until the new one is swapped in,
/// and a rebuild that is interrupted leaves the live generation as it was. Opened on first use; a process that
/// cannot own the folder gets <see cref="IndexUnavailableException"/> and may still write the store.
/// </summary>
public sealed partial class QuestionIndex(string path, ILogger<QuestionIndex> logger) : IDisposable
{
    private const string CurrentFile = "current";

    private readonly System.Threading.Lock _gate = new();
    private IndexLock? _lock;
    private IndexGeneration? _live;
    private bool _opened;
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

    /// <summary>True when <paramref name="path"/> names a live generation (without opening or owning it).</summary>
    public static bool HasGeneration(string path) => File.Exists(System.IO.Path.Combine(path, CurrentFile));

    /// <summary>Takes ownership of the folder now (the site does at start-up, so that no other process writes it).</summary>
    public void Acquire() => EnsureOpen();

    /// <summary>True while no complete generation of the current schema exists: searches cannot be served.</summary>
    public bool NeedsRebuild
    {
        get
        {
            EnsureOpen();
            return Volatile.Read(ref _live) is null;
        }
    }

    /// <summary>The store's change stamp up to which every question is indexed (0 while nothing is).</summary>
    public long SyncedUpTo
    {
        get
        {
            EnsureOpen();
            return Volatile.Read(ref _live)?.SyncedUpTo ?? 0;
        }
    }

    public int DocumentCount => Search(searcher => searcher.IndexReader.NumDocs);

    /// <summary>
    /// Runs <paramref name="search"/> on the live generation's current searcher, released afterwards; throws
    /// <see cref="IndexNotReadyException"/> while the index is being built.
    /// </summary>
    public T Search<T>(Func<IndexSearcher, T> search)
    {
        ArgumentNullException.ThrowIfNull(search);
        EnsureOpen();
        while (true)
        {
            var live = Volatile.Read(ref _live) ?? throw new IndexNotReadyException();
            IndexSearcher searcher;
            try
            {
                searcher = live.Searchers.Acquire();
            }
            catch (ObjectDisposedException) when (!ReferenceEquals(live, Volatile.Read(ref _live)))
            {
                continue; // a rebuild swapped generations between the read and the acquire: take the new one
            }

            try
            {
                return search(searcher);
            }
            finally
            {
                live.Searchers.Release(searcher);
            }
        }
    }

    /// <summary>
    /// Writes documents into the live generation, replacing any of the same key. Analysis runs on every core: the
    /// writer is thread-safe and analysis is most of the cost.
    /// </summary>
    public void Upsert(IReadOnlyList<QuestionDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        EnsureOpen();
        var live = Volatile.Read(ref _live) ?? throw new InvalidOperationException("No live index generation: rebuild first.");
        Write(live.Writer, documents, replace: true);
    }

    /// <summary>Commits the live generation with how far the store is indexed, and refreshes the searchers.</summary>
    public void Commit(long syncedUpTo)
    {
        EnsureOpen();
        lock (_gate)
        {
            var live = _live ?? throw new InvalidOperationException("No live index generation: rebuild first.");
            live.Commit(syncedUpTo);
        }
    }

    /// <summary>
    /// Merges the live generation into at most <paramref name="maxSegments"/> segments and commits (the stamp kept),
    /// after a bulk import: the import's many commits leave a tier of segments (19 at a million questions), and
    /// each query term is looked up once per segment. Searches go on meanwhile on the segments before the merge.
    /// </summary>
    public void Compact(int maxSegments)
    {
        EnsureOpen();
        var live = Volatile.Read(ref _live) ?? throw new InvalidOperationException("No live index generation: rebuild first.");
        live.Writer.ForceMerge(maxSegments, doWait: true);
        Commit(live.SyncedUpTo);
    }

    /// <summary>The live generation's segment count (0 while there is none).</summary>
    public int SegmentCount => Volatile.Read(ref _live) is null ? 0 : Search(searcher => searcher.IndexReader.Leaves.Count);

    /// <summary>Starts a rebuild in a new generation folder; the live generation serves until it is published.</summary>
    public IndexRebuild BeginRebuild()
    {
        EnsureOpen();
        var name = "gen-" + Guid.NewGuid().ToString("N")[..16];
        return new IndexRebuild(this, IndexGeneration.Create(Path, name));
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
            _live?.Dispose();
            _live = null;
            _lock?.Dispose();
        }
    }

    internal static void Write(IndexWriter writer, IReadOnlyList<QuestionDocument> documents, bool replace) =>
        Parallel.ForEach(documents, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, document =>
        {
            var doc = QuestionDocumentMapper.ToLucene(document);
            if (replace)
            {
                writer.UpdateDocument(new Term(IndexFields.Key, document.Key.ToString()), doc);
            }
            else
            {
                writer.AddDocument(doc);
            }
        });

    /// <summary>Makes a completed rebuild the live generation: the pointer file is replaced atomically, then the old one goes.</summary>
    internal void Publish(IndexGeneration generation)
    {
        IndexGeneration? old;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var pointer = System.IO.Path.Combine(Path, CurrentFile);
            var temporary = pointer + ".tmp";
            File.WriteAllText(temporary, generation.Name);
            File.Move(temporary, pointer, overwrite: true);
            old = _live;
            Volatile.Write(ref _live, generation);
        }

        if (old is not null)
        {
            old.Dispose();
            TryDelete(old.Path);
        }
    }

    internal void Abandon(IndexGeneration generation)
    {
        generation.Dispose();
        TryDelete(generation.Path);
    }

    private void EnsureOpen()
    {
        if (Volatile.Read(ref _opened))
        {
            return;
        }

        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_opened)
            {
                return;
            }

            _lock ??= IndexLock.Acquire(Path);
            _live = OpenLive();
            RemoveLeftovers();
            Volatile.Write(ref _opened, true);
        }
    }

    private IndexGeneration? OpenLive()
    {
        var pointer = System.IO.Path.Combine(Path, CurrentFile);
        var name = File.Exists(pointer) ? File.ReadAllText(pointer).Trim() : null;
        if (string.IsNullOrEmpty(name) || name.IndexOfAny(['/', '\\']) >= 0 || name.StartsWith('.'))
        {
            LogRebuildNeeded(Path, "aucune génération");
            return null;
        }

        var live = IndexGeneration.TryOpen(Path, name, out var reason);
        if (live is null)
        {
            LogRebuildNeeded(Path, reason ?? "?");
        }

        return live;
    }

    /// <summary>
    /// Everything but the lock, the pointer and the live generation: rebuilds cut short, generations replaced while
    /// a reader still held their files, and the files of the older single-folder layout. Safe: this process owns the folder.
    /// </summary>
    private void RemoveLeftovers()
    {
        foreach (var entry in new DirectoryInfo(Path).EnumerateFileSystemInfos())
        {
            if (entry.Name is IndexLock.FileName or CurrentFile || entry.Name == _live?.Name)
            {
                continue;
            }

            TryDelete(entry.FullName);
        }
    }

    private void TryDelete(string entry)
    {
        try
        {
            if (Directory.Exists(entry))
            {
                Directory.Delete(entry, recursive: true);
            }
            else
            {
                File.Delete(entry);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left for the next start, which removes what is not live.
            LogLeftover(ex, entry);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index at {Path} must be built ({Reason})")]
    private partial void LogRebuildNeeded(string path, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not remove {Entry} from the index folder")]
    private partial void LogLeftover(Exception ex, string entry);
}
