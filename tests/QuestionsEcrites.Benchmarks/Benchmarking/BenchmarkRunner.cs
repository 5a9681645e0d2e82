using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using QuestionsEcrites.Benchmarks.Benchmarking.Results;
using QuestionsEcrites.Benchmarks.Generation;
using QuestionsEcrites.Domain.Questions;
using QuestionsEcrites.Import.Parsing;
using QuestionsEcrites.Import.Sources;
using QuestionsEcrites.Search.Indexing;
using QuestionsEcrites.Search.Querying;
using static QuestionsEcrites.Benchmarks.Benchmarking.TablePrinter;

namespace QuestionsEcrites.Benchmarks.Benchmarking;

/// <summary>
/// The <c>bench</c> verb. For each size: a corpus (generated, or reused when its manifest matches), the I/O floor
/// (reading the files) and the parse floor (reading and parsing on all cores), the real import into a fresh SQLite
/// file database with the real index, an index rebuild, then warm engine-only latencies: pinned query sets with and
/// without a rubrique filter, with and without facets; one- and two-thread throughput; browsing without text (deep
/// pages too) by the index and by SQL; facet counts by the index and by SQL GROUP BY; sizes on disk. Prints Markdown
/// tables and writes everything as JSON (after each size, so a long run keeps what it measured).
/// </summary>
public sealed class BenchmarkRunner(BenchOptions options, TextWriter stdout, TextWriter stderr)
{
    private const int PageSize = 20;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private LatencyMeter _meter = new(1.0);
    private readonly List<string> _trash = [];

    /// <summary>Runs every size; returns what went wrong (rejected documents, missing index entries, facet counts that differ).</summary>
    public async Task<IReadOnlyList<string>> RunAsync(CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        Directory.CreateDirectory(options.WorkDirectory);
        var machine = MachineInfo.Current(GitCommit());
        var started = DateTimeOffset.Now;
        await stdout.WriteLineAsync(string.Create(
            Culture,
            $"# bench — {machine.ProcessorCount} cœurs ({machine.Cpu}), {machine.MemoryBytes / (1L << 30)} Gio, {machine.Runtime}, GC serveur : {machine.ServerGc}, commit {machine.Commit}"));
        await stdout.WriteLineAsync($"dossier de travail : {options.WorkDirectory} ; graine {options.Seed}");

        var sizes = new List<SizeReport>();
        var queries = new List<QueryReport>();
        var imports = new List<ImportReport>();
        try
        {
            foreach (var size in options.ImportOnly ? options.Sizes : [])
            {
                imports.Add(await RunImportOnlyAsync(size, ct));
                var report = new BenchReport { StartedAt = started, Machine = machine, Seed = options.Seed, SearchSeconds = options.SearchSeconds, Imports = imports };
                Directory.CreateDirectory(Path.GetDirectoryName(options.JsonPath)!);
                await File.WriteAllTextAsync(options.JsonPath, JsonSerializer.Serialize(report, Json), ct);
            }

            foreach (var size in options.QueriesOnly ? options.Sizes : [])
            {
                queries.Add(await RunQueriesOnlyAsync(size, ct));
                var report = new BenchReport { StartedAt = started, Machine = machine, Seed = options.Seed, SearchSeconds = options.SearchSeconds, Queries = queries };
                Directory.CreateDirectory(Path.GetDirectoryName(options.JsonPath)!);
                await File.WriteAllTextAsync(options.JsonPath, JsonSerializer.Serialize(report, Json), ct);
            }

            foreach (var size in options.QueriesOnly || options.ImportOnly ? [] : options.Sizes)
            {
                sizes.Add(await RunSizeAsync(size, ct));
                var report = new BenchReport { StartedAt = started, Machine = machine, Seed = options.Seed, SearchSeconds = options.SearchSeconds, Sizes = sizes };
                Directory.CreateDirectory(Path.GetDirectoryName(options.JsonPath)!);
                await File.WriteAllTextAsync(options.JsonPath, JsonSerializer.Serialize(report, Json), ct);
            }

            if (sizes.Count > 1)
            {
                PrintGrowth(sizes);
            }

            await stdout.WriteLineAsync($"\nrésultats JSON : {options.JsonPath}");
            return sizes.SelectMany(Problems).Concat(imports.SelectMany(Problems)).ToList();
        }
        finally
        {
            // Deleting a large store costs seconds of I/O here (ext4 with discard): done last, outside any measurement.
            foreach (var folder in _trash)
            {
                TryDelete(folder);
            }
        }
    }

    private async Task<SizeReport> RunSizeAsync(long size, CancellationToken ct)
    {
        var total = Stopwatch.StartNew();
        var searchSeconds = options.SearchSecondsFor(size);
        _meter = new LatencyMeter(searchSeconds);
        await stdout.WriteLineAsync(string.Create(Culture, $"\n## {size:#,0} questions ({searchSeconds} s par mesure de recherche)"));

        var (corpus, manifest, reused) = await EnsureCorpusAsync(size, ct);
        var run = Path.Combine(options.WorkDirectory, string.Create(Culture, $"run-{size}"));
        if (Directory.Exists(run))
        {
            var old = run + ".old-" + DateTime.UtcNow.Ticks.ToString(Culture);
            Directory.Move(run, old);
            _trash.Add(old);
        }

        // First, so that the floors and the imports all run compiled (tier-1) code.
        await Progress("import de chauffe (compilation JIT, base jetable)");
        await WarmUpImportAsync(corpus, Path.Combine(run, "warmup"), ct);
        await Progress("lecture des fichiers (plancher d'E/S)");
        var read = ReadFloor(corpus);
        await Progress("lecture + analyse sur tous les cœurs (plancher du parseur)");
        var parse = ParseFloor(corpus);

        await Progress("import sans index (l'index tenu par un autre écrivain, comme quand le site tourne)");
        var storeOnly = await ImportWithoutIndexAsync(corpus, Path.Combine(run, "store-only"), manifest.Bytes, ct);

        await Progress("plancher SQLite : mêmes documents, instructions préparées sans EF");
        var rawInsert = await RawInsertAsync(corpus, Path.Combine(run, "raw-insert"), ct);

        await using var store = await BenchStore.CreateAsync(Path.Combine(run, "store"), stderr, ct);
        await Progress("import réel (ImportService → SQLite + index)");
        var import = await ImportAsync(store, corpus, manifest.Bytes, ct);
        var (indexAfterImport, indexFilesAfterImport) = FolderSize(store.IndexPath);

        await Progress("reconstruction de l'index (IndexSynchronizer.RebuildAsync)");
        GC.Collect();
        var cpu = CpuMonitor.Start();
        var stopwatch = Stopwatch.StartNew();
        var rebuilt = await store.Synchronizer.RebuildAsync(ct);
        var seconds = stopwatch.Elapsed.TotalSeconds;
        var (ownCpu, otherCores) = cpu.Stop();
        var rebuild = new ThroughputMeasurement("rebuild", rebuilt, seconds, 0, ownCpu, otherCores);
        var (indexAfterRebuild, indexFilesAfterRebuild) = FolderSize(store.IndexPath);
        store.Checkpoint();
        var storage = new StorageMeasurement(manifest.Bytes, FileSize(store.DatabasePath) + FileSize(store.DatabasePath + "-wal"), indexAfterImport, indexFilesAfterImport, indexAfterRebuild, indexFilesAfterRebuild, store.Index.DocumentCount);

        var sets = QuerySets.Build(manifest.Seed);
        var noise = new Dictionary<string, double>(StringComparer.Ordinal);
        await Progress("recherches (un fil)");
        var search = Watch(noise, "search", () => MeasureSearch(store.Searcher, sets));
        await Progress("débit à un et deux fils");
        var concurrency = Watch(noise, "concurrency", () => MeasureConcurrency(store.Searcher, sets));
        await Progress("navigation sans texte (index et SQL)");
        var browse = Watch(noise, "browse", () => MeasureBrowse(store));
        await Progress("facettes (index et SQL)");
        var facets = Watch(noise, "facets", () => MeasureFacets(store));
        await Progress("SQLite FTS5 sur les mêmes questions (construction et requêtes)");
        store.Checkpoint();
        var fts5 = new Fts5Comparison(store.Folder, store.DatabasePath);
        var (fts5Seconds, fts5Bytes) = fts5.Build();
        var fts5Search = Watch(noise, "fts5", () => fts5.Measure(_meter, store.Searcher, sets));

        var report = new SizeReport
        {
            Questions = size,
            SearchSeconds = searchSeconds,
            Corpus = manifest,
            CorpusReused = reused,
            GenerateSeconds = reused ? 0 : manifest.Seconds,
            ReadFloor = read,
            ParseFloor = parse,
            Import = import,
            ImportWithoutIndex = storeOnly,
            RawInsert = rawInsert,
            Rebuild = rebuild,
            Search = search,
            Concurrency = concurrency,
            Browse = browse,
            Facets = facets,
            Storage = storage,
            Fts5 = fts5Search,
            Fts5BuildSeconds = Math.Round(fts5Seconds, 2),
            Fts5Bytes = fts5Bytes,
            QuerySets = sets.ToDictionary(s => s.Name, s => s.Queries),
            OtherCoresByPhase = noise,
            PeakWorkingSetBytes = Process.GetCurrentProcess().PeakWorkingSet64,
            TotalSeconds = Math.Round(total.Elapsed.TotalSeconds, 1),
        };
        PrintSize(report);
        return report;
    }

    /// <summary>The import side alone: the floors, then the same corpus imported into SQLite alone and with the index.</summary>
    private async Task<ImportReport> RunImportOnlyAsync(long size, CancellationToken ct)
    {
        var total = Stopwatch.StartNew();
        await stdout.WriteLineAsync(string.Create(Culture, $"\n## {size:#,0} questions, import seul"));
        var (corpus, manifest, _) = await EnsureCorpusAsync(size, ct);
        var run = Path.Combine(options.WorkDirectory, string.Create(Culture, $"import-{size}"));
        if (Directory.Exists(run))
        {
            var old = run + ".old-" + DateTime.UtcNow.Ticks.ToString(Culture);
            Directory.Move(run, old);
            _trash.Add(old);
        }

        await Progress("import de chauffe (compilation JIT, base jetable)");
        await WarmUpImportAsync(corpus, Path.Combine(run, "warmup"), ct);
        await Progress("lecture des fichiers (plancher d'E/S)");
        var read = ReadFloor(corpus);
        await Progress("lecture + analyse sur tous les cœurs (plancher du parseur)");
        var parse = ParseFloor(corpus);
        await Progress("import sans index (l'index tenu par un autre écrivain, comme quand le site tourne)");
        var storeOnly = await ImportWithoutIndexAsync(corpus, Path.Combine(run, "store-only"), manifest.Bytes, ct);
        ImportMeasurement import;
        _trash.Add(Path.Combine(run, "store"));
        await using (var store = await BenchStore.CreateAsync(Path.Combine(run, "store"), stderr, ct))
        {
            await Progress("import réel (ImportService → SQLite + index)");
            import = await ImportAsync(store, corpus, manifest.Bytes, ct);
        }

        var report = new ImportReport
        {
            Questions = size,
            Corpus = manifest,
            ReadFloor = read,
            ParseFloor = parse,
            ImportWithoutIndex = storeOnly,
            Import = import,
            PeakWorkingSetBytes = Process.GetCurrentProcess().PeakWorkingSet64,
            TotalSeconds = Math.Round(total.Elapsed.TotalSeconds, 1),
        };
        TablePrinter.Print(stdout, string.Create(Culture, $"### {size:#,0} questions — import"), ["étape", "documents", "s", "documents/s", "Mo/s", "CPU s (nous)", "cœurs pris par d'autres"],
        [
            Row("lecture seule (plancher d'E/S, cache chaud)", read),
            Row("lecture + analyse, 2 cœurs (plancher du parseur)", parse),
            Row("import, index tenu ailleurs : ImportService → SQLite seul", storeOnly.Throughput),
            Row("import réel : ImportService → SQLite + index", import.Throughput),
        ]);
        await stdout.WriteLineAsync(string.Create(
            Culture,
            $"\nimport avec l'index ÷ import SQLite seul : {report.IndexedShare * 100:0} % ; mémoire de travail max. du processus {Mb(report.PeakWorkingSetBytes)} Mo ; {size:#,0} questions mesurées en {report.TotalSeconds:0} s"));
        return report;
    }

    /// <summary>The query measurements alone, on the store an earlier full run left in <c>run-N/store</c>.</summary>
    private async Task<QueryReport> RunQueriesOnlyAsync(long size, CancellationToken ct)
    {
        var searchSeconds = options.SearchSecondsFor(size);
        _meter = new LatencyMeter(searchSeconds);
        var folder = Path.Combine(options.WorkDirectory, string.Create(Culture, $"run-{size}"), "store");
        if (!File.Exists(Path.Combine(folder, "questions.db")))
        {
            throw new InvalidOperationException($"--queries-only : aucun magasin d'un bench précédent dans {folder} (lancer d'abord bench --sizes {size})");
        }

        await stdout.WriteLineAsync(string.Create(Culture, $"\n## {size:#,0} questions, requêtes seules sur {folder} ({searchSeconds} s par mesure de recherche)"));
        await using var store = await BenchStore.CreateAsync(folder, stderr, ct);
        var sets = QuerySets.Build(options.Seed);
        await Progress("chauffe (chaque requête deux fois)");
        foreach (var query in sets.SelectMany(s => s.Queries))
        {
            store.Searcher.Search(new QuestionSearchRequest { Text = query });
            store.Searcher.Search(new QuestionSearchRequest { Text = query });
        }

        var noise = new Dictionary<string, double>(StringComparer.Ordinal);
        await Progress("recherches (un fil)");
        var search = Watch(noise, "search", () => MeasureSearch(store.Searcher, sets));
        await Progress("débit à un et deux fils");
        var concurrency = Watch(noise, "concurrency", () => MeasureConcurrency(store.Searcher, sets));
        await Progress("navigation sans texte (index et SQL)");
        var browse = Watch(noise, "browse", () => MeasureBrowse(store));
        await Progress("facettes (index et SQL)");
        var facets = Watch(noise, "facets", () => MeasureFacets(store));
        var fts5 = new Fts5Comparison(store.Folder, store.DatabasePath);
        var fts5Search = fts5.Exists ? Watch(noise, "fts5", () => fts5.Measure(_meter, store.Searcher, sets)) : [];
        var (indexBytes, indexFiles) = FolderSize(store.IndexPath);
        var report = new QueryReport
        {
            Questions = store.Index.DocumentCount,
            SearchSeconds = searchSeconds,
            IndexBytes = indexBytes,
            IndexFiles = indexFiles,
            Search = search,
            Concurrency = concurrency,
            Browse = browse,
            Facets = facets,
            Fts5 = fts5Search,
            OtherCoresByPhase = noise,
            PeakWorkingSetBytes = Process.GetCurrentProcess().PeakWorkingSet64,
        };
        PrintQueries(report.Questions, search, concurrency, browse, facets, fts5Search);
        stdout.WriteLine(string.Create(Culture, $"\nindex {Mb(indexBytes)} Mo ({indexFiles} fichiers) ; autres processus pendant les mesures (cœurs en moyenne) : {string.Join(", ", noise.Select(p => $"{p.Key} {p.Value:0.00}"))}"));
        return report;
    }

    private async Task<(string Path, CorpusManifest Manifest, bool Reused)> EnsureCorpusAsync(long size, CancellationToken ct)
    {
        var corpus = Path.Combine(options.WorkDirectory, string.Create(Culture, $"corpus-{size}-seed{options.Seed}"));
        var manifest = CorpusGenerator.TryReadManifest(corpus);
        if (manifest is not null && manifest.Count == size && manifest.Seed == options.Seed && manifest.GeneratorVersion == CorpusManifest.CurrentGeneratorVersion && !manifest.Zip)
        {
            await stdout.WriteLineAsync($"corpus réutilisé : {corpus}");
            return (corpus, manifest, true);
        }

        await Progress($"génération du corpus dans {corpus}");
        manifest = await new CorpusGenerator(stderr).GenerateAsync(new GenerateOptions { Count = size, Output = corpus, Seed = options.Seed }, ct);
        await stdout.WriteLineAsync(string.Create(Culture, $"corpus généré en {manifest.Seconds:0.0} s ({size / Math.Max(manifest.Seconds, 0.001):#,0} questions/s, {manifest.Bytes / 1e6:#,0.0} Mo)"));
        return (corpus, manifest, false);
    }

    /// <summary>Reads every document the way the importer does (same reader), and nothing else.</summary>
    private ThroughputMeasurement ReadFloor(string corpus)
    {
        var cpu = CpuMonitor.Start();
        var stopwatch = Stopwatch.StartNew();
        long documents = 0, bytes = 0;
        foreach (var item in new DocumentSourceReader(options.WorkDirectory).Read([corpus]))
        {
            if (item is SourceDocument document)
            {
                documents++;
                bytes += document.Content.Length;
            }
        }

        var seconds = stopwatch.Elapsed.TotalSeconds;
        var (ownCpu, otherCores) = cpu.Stop();
        return new ThroughputMeasurement("read", documents, seconds, bytes, ownCpu, otherCores);
    }

    /// <summary>Reads and parses in batches on all cores, as the importer does, without writing anything.</summary>
    private ThroughputMeasurement ParseFloor(string corpus)
    {
        var cpu = CpuMonitor.Start();
        var stopwatch = Stopwatch.StartNew();
        long documents = 0, bytes = 0, failed = 0;
        foreach (var batch in new DocumentSourceReader(options.WorkDirectory).Read([corpus]).OfType<SourceDocument>().Chunk(2_000))
        {
            Parallel.For(0, batch.Length, i =>
            {
                if (!DocumentParser.Parse(batch[i].Content).Succeeded)
                {
                    Interlocked.Increment(ref failed);
                }
            });
            documents += batch.Length;
            bytes += batch.Sum(d => (long)d.Content.Length);
        }

        var seconds = stopwatch.Elapsed.TotalSeconds;
        var (ownCpu, otherCores) = cpu.Stop();
        if (failed > 0)
        {
            stderr.WriteLine(string.Create(Culture, $"  attention : {failed} document(s) refusé(s) par le parseur"));
        }

        return new ThroughputMeasurement("read+parse", documents, seconds, bytes, ownCpu, otherCores);
    }

    /// <summary>
    /// Parses the first 500 documents three times and imports them into a throw-away store, then searches it, so
    /// that every measurement after runs compiled code (tiered compilation promotes a method after 30 calls).
    /// </summary>
    private async Task WarmUpImportAsync(string corpus, string folder, CancellationToken ct)
    {
        var files = Directory.EnumerateFiles(corpus, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(500).ToList();
        foreach (var file in files.Concat(files).Concat(files))
        {
            DocumentParser.Parse(File.ReadAllBytes(file));
        }

        await using (var warmup = await BenchStore.CreateAsync(folder, stderr, ct))
        {
            await warmup.Importer.ImportAsync(files, options.WorkDirectory, progress: null, ct);
            await warmup.Follower.CatchUpAsync(ct);
            await warmup.Synchronizer.RebuildAsync(ct);
            var searcher = warmup.Searcher;
            foreach (var set in QuerySets.Build(options.Seed))
            {
                foreach (var query in set.Queries)
                {
                    searcher.Search(new QuestionSearchRequest { Text = query });
                }
            }
        }

        _trash.Add(folder);
    }

    /// <summary>
    /// The same import while another writer holds the index (as when the site runs): the importer then writes the
    /// store only, which splits the import's cost between SQLite and the index.
    /// </summary>
    private async Task<ImportMeasurement> ImportWithoutIndexAsync(string corpus, string folder, long bytes, CancellationToken ct)
    {
        _trash.Add(folder);
        await using var store = await BenchStore.CreateAsync(folder, stderr, ct);
        using var holder = new QuestionIndex(store.IndexPath, NullLogger<QuestionIndex>.Instance);
        holder.Acquire(); // owns the folder: the importer's own index cannot get the lock
        return await ImportAsync(store, corpus, bytes, ct);
    }

    private async Task<ThroughputMeasurement> RawInsertAsync(string corpus, string folder, CancellationToken ct)
    {
        _trash.Add(folder);
        string database;
        await using (var store = await BenchStore.CreateAsync(folder, stderr, ct))
        {
            database = store.DatabasePath; // migrated by the product, then written without it
        }

        GC.Collect();
        return new RawInsertFloor(database, options.WorkDirectory).Run(corpus);
    }

    private static async Task<ImportMeasurement> ImportAsync(BenchStore store, string corpus, long bytes, CancellationToken ct)
    {
        GC.Collect();
        var cpu = CpuMonitor.Start();
        var stopwatch = Stopwatch.StartNew();
        var result = await store.Importer.ImportAsync([corpus], Path.GetDirectoryName(corpus)!, progress: null, ct);
        var indexState = await store.Follower.CatchUpAsync(ct); // as the CLI: the import ends when the index has it all
        var seconds = stopwatch.Elapsed.TotalSeconds;
        var (ownCpu, otherCores) = cpu.Stop();
        return new ImportMeasurement(
            new ThroughputMeasurement("import", result.Processed, seconds, bytes, ownCpu, otherCores),
            result.Added,
            result.Updated,
            result.Unchanged,
            result.Rejected.Count,
            result.Warnings.Count,
            indexState.ToString(),
            result.Rejected.Count > 0 ? $"{result.Rejected[0].Source} : {result.Rejected[0].Reason}" : null);
    }

    private List<SearchMeasurement> MeasureSearch(QuestionSearcher searcher, IReadOnlyList<QuerySet> sets)
    {
        var rubriques = QuerySets.RubriquesByPopularity;
        var results = new List<SearchMeasurement>();
        foreach (var set in sets)
        {
            foreach (var filtered in new[] { false, true })
            {
                foreach (var facets in new[] { true, false })
                {
                    var requests = set.Queries
                        .Select((q, i) => new QuestionSearchRequest { Text = q, Rubrique = filtered ? rubriques[i % 5] : null, IncludeFacets = facets })
                        .ToArray();
                    var hits = requests.Average(r => searcher.Search(r).Total);
                    var latency = _meter.Measure(requests.Length, i => searcher.Search(requests[i]));
                    results.Add(new SearchMeasurement(set.Name, filtered, facets, requests.Length, Math.Round(hits, 1), latency));
                }
            }
        }

        return results;
    }

    private List<ConcurrencyMeasurement> MeasureConcurrency(QuestionSearcher searcher, IReadOnlyList<QuerySet> sets)
    {
        var results = new List<ConcurrencyMeasurement>();
        var mixed = new QuerySet("mixed", sets.SelectMany(s => s.Queries).ToList());
        foreach (var set in sets.Append(mixed))
        {
            var requests = set.Queries.Select(q => new QuestionSearchRequest { Text = q }).ToArray();
            var one = _meter.Throughput(1, requests.Length, i => searcher.Search(requests[i]));
            var two = _meter.Throughput(2, requests.Length, i => searcher.Search(requests[i]));
            results.Add(new ConcurrencyMeasurement(set.Name, true, one, two));
        }

        return results;
    }

    private List<BrowseMeasurement> MeasureBrowse(BenchStore store)
    {
        var rubrique = QuerySets.RubriquesByPopularity[0];
        var ministry = QuerySets.MinistriesByPopularity[0];
        var configurations = new (string Name, QuestionSearchRequest Request, bool Sql)[]
        {
            ("tout", new() { Sort = SearchSort.Date }, true),
            ("tout", new() { Sort = SearchSort.Date, Page = 500 }, true),
            ("rubrique", new() { Sort = SearchSort.Date, Rubrique = rubrique }, true),
            ("rubrique", new() { Sort = SearchSort.Date, Rubrique = rubrique, Page = 500 }, true),
            ("rubrique + répondues", new() { Sort = SearchSort.Date, Rubrique = rubrique, Status = QuestionStatus.Answered }, true),
            ("législature 13 + ministère", new() { Sort = SearchSort.Date, Legislature = 13, Ministry = ministry }, true),
            ("législature 13 + ministère", new() { Sort = SearchSort.Date, Legislature = 13, Ministry = ministry, Page = 50 }, true),
            ("année 2015", new() { Sort = SearchSort.Date, From = new DateOnly(2015, 1, 1), To = new DateOnly(2015, 12, 31) }, false),
            ("département Nord", new() { Sort = SearchSort.Date, Department = "nord" }, false),
        };

        var searcher = store.Searcher;
        using var connection = store.OpenReadOnlyConnection();
        var results = new List<BrowseMeasurement>();
        foreach (var (name, request, sql) in configurations)
        {
            // The site's request (facets reused while the index is unchanged), then facets counted afresh on
            // page 1 (the first visit after a commit), or no facets on deep pages (the cost of the page alone).
            foreach (var (facets, reuse) in request.Page > 1 ? new[] { (true, true), (false, false) } : [(true, true), (true, false)])
            {
                var current = request with { IncludeFacets = facets, ReuseBrowseFacets = reuse };
                var hits = searcher.Search(current).Total;
                var latency = _meter.Measure(1, _ => searcher.Search(current));
                results.Add(new BrowseMeasurement(facets && !reuse ? name + " (facettes recomptées)" : name, "index", facets, request.Page, hits, latency));
            }

            if (sql)
            {
                var filter = SqlFilter.Resolve(connection, request.Rubrique, request.Ministry, request.Status?.ToCode(), request.Legislature);
                using var browser = new SqlBrowser(connection, filter, request.Page, PageSize);
                var hits = browser.Browse().Total;
                var latency = _meter.Measure(1, _ => browser.Browse());
                results.Add(new BrowseMeasurement(name, "sql", false, request.Page, hits, latency));
            }
        }

        return results;
    }

    private List<FacetMeasurement> MeasureFacets(BenchStore store)
    {
        var rubriques = QuerySets.RubriquesByPopularity;
        var ministry = QuerySets.MinistriesByPopularity[0];
        var configurations = new (string Name, QuestionSearchRequest Request)[]
        {
            ("tout", new() { Sort = SearchSort.Date }),
            ("rubrique", new() { Sort = SearchSort.Date, Rubrique = rubriques[0] }),
            ("répondues", new() { Sort = SearchSort.Date, Status = QuestionStatus.Answered }),
            ("législature 14", new() { Sort = SearchSort.Date, Legislature = 14 }),
            ("ministère", new() { Sort = SearchSort.Date, Ministry = ministry }),
            ("rubrique + législature 13", new() { Sort = SearchSort.Date, Rubrique = rubriques[1], Legislature = 13 }),
        };

        var searcher = store.Searcher;
        using var connection = store.OpenReadOnlyConnection();
        var results = new List<FacetMeasurement>();
        foreach (var (name, request) in configurations)
        {
            var with = request with { IncludeFacets = true, ReuseBrowseFacets = false };
            var reused = request with { IncludeFacets = true };
            var without = request with { IncludeFacets = false };
            var filter = SqlFilter.Resolve(connection, request.Rubrique, request.Ministry, request.Status?.ToCode(), request.Legislature);
            using var counter = new SqlFacetCounter(connection, filter);
            var result = searcher.Search(with);
            var differences = Differences(result.Facets, counter.Count());
            var lucene = _meter.Measure(1, _ => searcher.Search(with));
            var bare = _meter.Measure(1, _ => searcher.Search(without));
            var sql = _meter.Measure(1, _ => counter.Count());
            var cached = _meter.Measure(1, _ => searcher.Search(reused));
            results.Add(new FacetMeasurement(name, result.Total, lucene, bare, sql, cached, differences.Count == 0, differences.Take(5).ToList()));
        }

        return results;
    }

    /// <summary>What a smoke test fails on: every document imported and indexed, none rejected, facet counts equal.</summary>
    private static IEnumerable<string> Problems(ImportReport r)
    {
        foreach (var (name, import) in new[] { ("import sans index", r.ImportWithoutIndex), ("import", r.Import) })
        {
            if (import.Added != r.Questions || import.Rejected > 0)
            {
                yield return string.Create(Culture, $"{r.Questions} : {name}, {import.Added} ajoutée(s), {import.Rejected} rejetée(s) ({import.FirstRejection})");
            }
        }
    }

    private static IEnumerable<string> Problems(SizeReport r)
    {
        var n = r.Questions;
        if (r.Import.Added != n || r.Import.Rejected > 0)
        {
            yield return string.Create(Culture, $"{n} : {r.Import.Added} question(s) ajoutée(s) sur {n}, {r.Import.Rejected} rejetée(s) ({r.Import.FirstRejection})");
        }

        if (r.ImportWithoutIndex.Added != n || r.ImportWithoutIndex.Rejected > 0)
        {
            yield return string.Create(Culture, $"{n} : import sans index, {r.ImportWithoutIndex.Added} ajoutée(s), {r.ImportWithoutIndex.Rejected} rejetée(s)");
        }

        if (r.Storage.IndexedDocuments != n || r.Rebuild.Documents != n)
        {
            yield return string.Create(Culture, $"{n} : {r.Storage.IndexedDocuments} document(s) dans l'index, {r.Rebuild.Documents} reconstruit(s)");
        }

        foreach (var f in r.Facets.Where(f => !f.CountsAgree))
        {
            yield return string.Create(Culture, $"{n} : facettes « {f.Filter} » différentes entre l'index et SQL : {string.Join(" ; ", f.Differences)}");
        }
    }

    /// <summary>Where the index's facet counts and SQL's disagree (value by value).</summary>
    private static List<string> Differences(SearchFacets facets, Dictionary<string, Dictionary<string, int>> sql)
    {
        var index = new Dictionary<string, IReadOnlyList<FacetCount>>(StringComparer.Ordinal)
        {
            ["rubrique"] = facets.Rubrique,
            ["ministere"] = facets.Ministere,
            ["groupe"] = facets.Groupe,
            ["statut"] = facets.Statut,
            ["annee"] = facets.Annee,
            ["legislature"] = facets.Legislature,
        };
        var differences = new List<string>();
        foreach (var (facet, counts) in index)
        {
            var fromIndex = counts.ToDictionary(c => c.Value, c => c.Count, StringComparer.Ordinal);
            var fromSql = sql[facet];
            foreach (var value in fromIndex.Keys.Union(fromSql.Keys).Order(StringComparer.Ordinal))
            {
                var a = fromIndex.GetValueOrDefault(value);
                var b = fromSql.GetValueOrDefault(value);
                if (a != b)
                {
                    differences.Add(string.Create(Culture, $"{facet} « {value} » : index {a}, SQL {b}"));
                }
            }
        }

        return differences;
    }

    private void PrintSize(SizeReport r)
    {
        var n = r.Questions;
        TablePrinter.Print(stdout, string.Create(Culture, $"### {n:#,0} questions — import, index, taille"), ["étape", "documents", "s", "documents/s", "Mo/s", "CPU s (nous)", "cœurs pris par d'autres"],
        [
            Row("lecture seule (plancher d'E/S, cache chaud)", r.ReadFloor),
            Row("lecture + analyse, 2 cœurs (plancher du parseur)", r.ParseFloor),
            Row("lecture + analyse + INSERT préparés sans EF (plancher SQLite)", r.RawInsert),
            Row("import, index tenu ailleurs : ImportService → SQLite seul", r.ImportWithoutIndex.Throughput),
            Row("import réel : ImportService → SQLite + index", r.Import.Throughput),
            Row("reconstruction : IndexSynchronizer.RebuildAsync", r.Rebuild),
        ]);
        stdout.WriteLine(string.Create(
            Culture,
            $"\nimport : {r.Import.Added:#,0} ajoutées, {r.Import.Rejected:#,0} rejetées, {r.Import.Warnings:#,0} avertissements, index {r.Import.IndexState} ; import avec l'index ÷ import SQLite seul : {r.Import.Throughput.DocumentsPerSecond * 100 / Math.Max(r.ImportWithoutIndex.Throughput.DocumentsPerSecond, 1e-9):0} %{(r.Import.FirstRejection is null ? string.Empty : " ; 1er rejet : " + r.Import.FirstRejection)}"));
        stdout.WriteLine(string.Create(
            Culture,
            $"disque : corpus {Mb(r.Storage.CorpusBytes)} Mo, base {Mb(r.Storage.DatabaseBytes)} Mo, index {Mb(r.Storage.IndexBytesAfterImport)} Mo après import ({r.Storage.IndexFilesAfterImport} fichiers), {Mb(r.Storage.IndexBytesAfterRebuild)} Mo après reconstruction ({r.Storage.IndexFilesAfterRebuild} fichiers), {r.Storage.IndexedDocuments:#,0} documents indexés ; mémoire de travail max. du processus {Mb(r.PeakWorkingSetBytes)} Mo"));

        PrintQueries(n, r.Search, r.Concurrency, r.Browse, r.Facets, r.Fts5);
        stdout.WriteLine(string.Create(Culture, $"\nFTS5 : construction {r.Fts5BuildSeconds:0.0} s, {Mb(r.Fts5Bytes)} Mo ; index du moteur {Mb(r.Storage.IndexBytesAfterRebuild)} Mo ({(r.Fts5Bytes == 0 ? 0 : r.Storage.IndexBytesAfterRebuild * 100.0 / r.Fts5Bytes):0} % de FTS5)"));

        foreach (var f in r.Facets.Where(f => !f.CountsAgree))
        {
            stdout.WriteLine($"  écarts « {f.Filter} » : {string.Join(" ; ", f.Differences)}");
        }

        stdout.WriteLine(string.Create(Culture, $"\nautres processus pendant les mesures (cœurs en moyenne) : {string.Join(", ", r.OtherCoresByPhase.Select(p => $"{p.Key} {p.Value:0.00}"))}"));
        stdout.WriteLine(string.Create(Culture, $"({n:#,0} questions mesurées en {r.TotalSeconds:0} s)"));
        stdout.Flush();
    }

    private void PrintQueries(
        long n,
        IReadOnlyList<SearchMeasurement> search,
        IReadOnlyList<ConcurrencyMeasurement> concurrency,
        IReadOnlyList<BrowseMeasurement> browse,
        IReadOnlyList<FacetMeasurement> facets,
        IReadOnlyList<Fts5Measurement> fts5)
    {
        TablePrinter.Print(stdout, string.Create(Culture, $"### {n:#,0} questions — recherche (un fil, moteur seul, à chaud), ms"), ["requêtes", "filtre rubrique", "facettes", "résultats moy.", "p50", "p95", "p99", "req/s"],
            search.Select(s => (IReadOnlyList<string>)[s.QuerySet, s.RubriqueFilter ? "oui" : "non", s.Facets ? "oui" : "non", N1(s.AverageHits), Ms(s.Latency.P50Ms), Ms(s.Latency.P95Ms), Ms(s.Latency.P99Ms), N(s.Latency.PerSecond)]));

        TablePrinter.Print(stdout, string.Create(Culture, $"### {n:#,0} questions — débit (facettes, sans filtre), requêtes/s"), ["requêtes", "1 fil", "2 fils", "rapport"],
            concurrency.Select(c => (IReadOnlyList<string>)[c.QuerySet, N(c.OneThreadPerSecond), N(c.TwoThreadsPerSecond), c.Scaling.ToString("0.00", Culture)]));

        TablePrinter.Print(stdout, string.Create(Culture, $"### {n:#,0} questions — navigation sans texte (plus récentes d'abord, {PageSize} par page), ms"), ["filtre", "moteur", "facettes", "page", "résultats", "p50", "p95", "p99"],
            browse.Select(b => (IReadOnlyList<string>)[b.Name, b.Engine, b.Facets ? "oui" : "non", b.Page.ToString(Culture), N(b.Hits), Ms(b.Latency.P50Ms), Ms(b.Latency.P95Ms), Ms(b.Latency.P99Ms)]));

        TablePrinter.Print(stdout, string.Create(Culture, $"### {n:#,0} questions — facettes : index (doc values) contre SQL (GROUP BY), ms"), ["filtre", "résultats", "index + facettes p50", "p95", "index sans facettes p50", "p95", "SQL p50", "p95", "comptes identiques", "facettes réutilisées (site) p50", "p95"],
            facets.Select(f => (IReadOnlyList<string>)[f.Filter, N(f.Hits), Ms(f.LuceneWithFacets.P50Ms), Ms(f.LuceneWithFacets.P95Ms), Ms(f.LuceneWithoutFacets.P50Ms), Ms(f.LuceneWithoutFacets.P95Ms), Ms(f.Sql.P50Ms), Ms(f.Sql.P95Ms), f.CountsAgree ? "oui" : "NON", Ms(f.LuceneWithReusedFacets.P50Ms), Ms(f.LuceneWithReusedFacets.P95Ms)]));
        TablePrinter.Print(stdout, string.Create(Culture, $"### {n:#,0} questions — SQLite FTS5 (unicode61 remove_diacritics 2) contre le moteur, total + 20 meilleurs, sans facettes, ms"), ["requêtes", "résultats FTS5", "FTS5 p50", "p95", "moteur p50", "p95", "moteur plus rapide (p50)"],
            fts5.Select(f => (IReadOnlyList<string>)[f.QuerySet, N1(f.AverageHits), Ms(f.Fts5.P50Ms), Ms(f.Fts5.P95Ms), Ms(f.Lucene.P50Ms), Ms(f.Lucene.P95Ms), f.RatioP50.ToString("0.0", Culture) + "×"]));
    }

    private void PrintGrowth(List<SizeReport> sizes)
    {
        double P50(SizeReport r, string set) => r.Search.First(s => s.QuerySet == set && !s.RubriqueFilter && s.Facets).Latency.P50Ms;
        TablePrinter.Print(stdout, "## croissance", ["questions", "import q/s", "reconstruction s", "index Mo", "base Mo", "rare p50", "mid p50", "frequent p50", "phrase p50", "and-pair p50", "tout p. 500 p50"],
            sizes.Select(r => (IReadOnlyList<string>)
            [
                N(r.Questions), N(r.Import.Throughput.DocumentsPerSecond), r.Rebuild.Seconds.ToString("0.0", Culture), Mb(r.Storage.IndexBytesAfterRebuild), Mb(r.Storage.DatabaseBytes),
                Ms(P50(r, "rare")), Ms(P50(r, "mid")), Ms(P50(r, "frequent")), Ms(P50(r, "phrase")), Ms(P50(r, "and-pair")),
                Ms(r.Browse.First(b => b.Engine == "index" && b.Page == 500 && b.Facets && b.Name == "tout").Latency.P50Ms),
            ]));
    }

    private static IReadOnlyList<string> Row(string stage, ThroughputMeasurement t) =>
        [stage, N(t.Documents), t.Seconds.ToString("0.00", Culture), N(t.DocumentsPerSecond), t.Bytes == 0 ? "" : N1(t.MegabytesPerSecond), t.OwnCpuSeconds.ToString("0.0", Culture), t.OtherCores.ToString("0.00", Culture)];

    private static T Watch<T>(Dictionary<string, double> noise, string phase, Func<T> measure)
    {
        var cpu = CpuMonitor.Start();
        var result = measure();
        noise[phase] = cpu.Stop().OtherCores;
        return result;
    }

    private async Task Progress(string step) => await stderr.WriteLineAsync($"[{DateTime.Now:HH:mm:ss}] {step}…");

    private static (long Bytes, int Files) FolderSize(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return (0, 0);
        }

        var files = new DirectoryInfo(folder).GetFiles("*", SearchOption.AllDirectories);
        return (files.Sum(f => f.Length), files.Length);
    }

    private static long FileSize(string path) => File.Exists(path) ? new FileInfo(path).Length : 0;

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string GitCommit()
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", "describe --always --dirty") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false });
            if (git is null)
            {
                return "inconnu";
            }

            var output = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 && output.Length > 0 ? output : "inconnu";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "inconnu";
        }
    }
}
