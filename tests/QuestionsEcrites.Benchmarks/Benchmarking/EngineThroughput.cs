using System.Runtime;
using Microsoft.Extensions.Logging.Abstractions;
using QuestionsEcrites.Benchmarks.Benchmarking.Results;
using QuestionsEcrites.Search.Indexing;
using QuestionsEcrites.Search.Querying;
using static QuestionsEcrites.Benchmarks.Benchmarking.TablePrinter;

namespace QuestionsEcrites.Benchmarks.Benchmarking;

/// <summary>
/// The <c>engine</c> verb: the search engine's own throughput on an existing index, the yardstick of the HTTP
/// benchmark (<c>http-bench.sh</c> runs it just before starting the site on the same index). The index is opened
/// with the product's <see cref="QuestionIndex"/> and searched with its <see cref="QuestionSearcher"/>, as the
/// site does, but nothing is written: the writer only takes the index's lock, so the site cannot run meanwhile
/// (and, as in the site, an unreadable index would be reset by <see cref="QuestionIndex"/>: measure a copy).
/// The request is the site's default (first page of 20, relevance order, facets on); the 100 pinned queries of
/// the five sets are cycled by every thread, each from its own offset. No SQL, snippets or serialisation.
/// </summary>
internal sealed class EngineThroughput(EngineOptions options, TextWriter stdout)
{
    /// <summary>Every query runs this many times, untimed, before measuring (tiered compilation, caches).</summary>
    private const int WarmUpPasses = 3;

    public EngineReport Run(CancellationToken ct)
    {
        var path = Path.GetFullPath(options.IndexPath);
        // QuestionIndex would clear a folder that holds no index of its layout: refuse instead.
        if (!QuestionIndex.HasGeneration(path))
        {
            throw new InvalidOperationException($"aucun index de recherche dans {path} (reindex pour le construire)");
        }

        using var index = new QuestionIndex(path, NullLogger<QuestionIndex>.Instance);
        if (index.NeedsRebuild)
        {
            throw new InvalidOperationException($"l'index {path} n'est pas du schéma actuel : le reconstruire (reindex) avant de le mesurer");
        }

        using var searcher = new QuestionSearcher(index);
        var sets = QuerySets.Build(options.Seed);
        var requests = sets.SelectMany(s => s.Queries).Select(q => new QuestionSearchRequest { Text = q }).ToArray();
        var documents = index.DocumentCount;
        stdout.WriteLine(string.Create(
            Culture,
            $"# engine — {Environment.ProcessorCount} cœurs, GC serveur : {GCSettings.IsServerGC}, index {path} ({N(documents)} documents)"));
        stdout.WriteLine(string.Create(
            Culture,
            $"{requests.Length} requêtes ({string.Join(", ", sets.Select(s => $"{s.Name} {s.Queries.Count}"))}, graine {options.Seed}), requête par défaut du site (page 1 de 20, pertinence, facettes), {options.Seconds:0.#} s par mesure"));
        stdout.Flush();

        double hits = 0;
        for (var pass = 0; pass < WarmUpPasses; pass++)
        {
            foreach (var request in requests)
            {
                ct.ThrowIfCancellationRequested();
                var total = searcher.Search(request).Total;
                hits += pass == 0 ? total : 0;
            }
        }

        var measurements = options.Threads.Select(threads => Measure(searcher, requests, threads, ct)).ToList();
        var one = measurements.FirstOrDefault(m => m.Threads == 1)?.SearchesPerSecond ?? 0;
        Print(
            stdout,
            "Débit du moteur seul (QuestionSearcher.Search, facettes), recherches/s",
            ["threads", "recherches", "s", "recherches/s", "ms par recherche (moyenne)", "× 1 thread", "cœurs (ce processus)", "cœurs (autres processus)"],
            measurements.Select(m => (IReadOnlyList<string>)
            [
                m.Threads.ToString(Culture),
                N(m.Searches),
                m.Seconds.ToString("0.00", Culture),
                N1(m.SearchesPerSecond),
                Ms(m.MeanMilliseconds),
                one > 0 ? (m.SearchesPerSecond / one).ToString("0.00", Culture) : "—",
                m.OwnCores.ToString("0.00", Culture),
                m.OtherCores.ToString("0.00", Culture),
            ]));

        return new EngineReport
        {
            StartedAt = DateTimeOffset.Now,
            ProcessorCount = Environment.ProcessorCount,
            ServerGc = GCSettings.IsServerGC,
            IndexPath = path,
            Documents = documents,
            Seed = options.Seed,
            Queries = requests.Length,
            MeanHits = Math.Round(hits / requests.Length, 1),
            Measurements = measurements,
        };
    }

    /// <summary><paramref name="threads"/> threads cycle through the requests for <see cref="EngineOptions.Seconds"/>.</summary>
    private EngineMeasurement Measure(QuestionSearcher searcher, QuestionSearchRequest[] requests, int threads, CancellationToken ct)
    {
        var cpu = CpuMonitor.Start();
        var (searches, seconds) = ConcurrentRun.Run(threads, requests.Length, TimeSpan.FromSeconds(options.Seconds), i => searcher.Search(requests[i]), ct);
        var (ownCpu, otherCores) = cpu.Stop();
        ct.ThrowIfCancellationRequested();
        return new EngineMeasurement(threads, searches, Math.Round(seconds, 3), Math.Round(ownCpu / seconds, 2), otherCores);
    }
}
