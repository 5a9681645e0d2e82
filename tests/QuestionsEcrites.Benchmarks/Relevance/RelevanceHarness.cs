using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using QuestionsEcrites.Benchmarks.Benchmarking;
using QuestionsEcrites.Benchmarks.Generation;
using QuestionsEcrites.Domain.Questions;
using QuestionsEcrites.Search.Querying;

namespace QuestionsEcrites.Benchmarks.Relevance;

/// <summary>The <c>relevance</c> verb's options.</summary>
public sealed record RelevanceOptions
{
    /// <summary>Generated questions around the judged ones.</summary>
    public long Distractors { get; init; } = 100_000;

    public required string WorkDirectory { get; init; }

    public long Seed { get; init; } = 42;

    public required string JudgmentsPath { get; init; }

    /// <summary>The judged documents: files or folders the importer reads (the harness's documents, the seeds, the samples).</summary>
    public required IReadOnlyList<string> Documents { get; init; }

    /// <summary>Search the ranking parameters (<see cref="RankingTuner"/>) and report with the best found.</summary>
    public bool Tune { get; init; }

    /// <summary>Also score the earlier rankings (<see cref="RankingOptions.Before"/>…) on the same store.</summary>
    public bool Compare { get; init; }
}

/// <summary>The outcome of a run: every query's, the summary overall and per kind, and how the store was made.</summary>
public sealed record RelevanceReport(
    IReadOnlyList<QueryOutcome> Outcomes,
    RelevanceSummary Overall,
    IReadOnlyDictionary<string, RelevanceSummary> ByKind,
    int JudgedDocuments,
    long Distractors,
    double SearchMilliseconds,
    RankingOptions? Tuned = null,
    IReadOnlyList<(string Name, RelevanceSummary Summary)>? Compared = null);

/// <summary>
/// Measures the product's search on a judged set: imports the judged documents into a fresh store, surrounds them
/// with generated distractors (never on a judged key), then runs every judged query through the product's
/// <see cref="QuestionSearcher"/> exactly as the site's search page does (relevance order) and scores the ranks. The
/// store is kept in the work folder and reused while the documents, the distractors' count and the seed are the
/// same, so that a ranking change is measured in seconds; an analysis change rebuilds the index (schema version).
/// </summary>
public sealed class RelevanceHarness(RelevanceOptions options, TextWriter log)
{
    private const string FingerprintFile = "relevance-store.json";

    private static readonly (string Name, RankingOptions Ranking)[] ComparedRankings =
    [
        ("TF-IDF, sans proximité (avant)", RankingOptions.Before),
        ("BM25, poids d'avant, sans proximité", RankingOptions.Before with { ClassicSimilarity = false, K1 = 1.2f, B = 0.75f }),
        ("BM25, poids d'avant, proximité", RankingOptions.Before with { ClassicSimilarity = false, K1 = 1.2f, B = 0.75f, PhraseBoost = 2, PairBoost = 1 }),
        ("BM25 réglé, sans proximité", RankingOptions.Default with { PhraseBoost = 0, PairBoost = 0 }),
        ("BM25 réglé et proximité (produit)", RankingOptions.Default),
    ];

    public async Task<RelevanceReport> RunAsync(CancellationToken ct)
    {
        var judged = JudgmentFile.Read(options.JudgmentsPath);
        var folder = Path.Combine(options.WorkDirectory, string.Create(CultureInfo.InvariantCulture, $"relevance-{options.Distractors}-seed{options.Seed}"));
        var fingerprint = Fingerprint();
        var reuse = File.Exists(Path.Combine(folder, FingerprintFile))
            && await File.ReadAllTextAsync(Path.Combine(folder, FingerprintFile), ct) == fingerprint;
        if (!reuse && Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        await using var store = await BenchStore.CreateAsync(Path.Combine(folder, "store"), log, ct);
        var countFile = Path.Combine(folder, "judged-count");
        int judgedDocuments;
        if (reuse)
        {
            judgedDocuments = int.Parse(await File.ReadAllTextAsync(countFile, ct), CultureInfo.InvariantCulture);
            await log.WriteLineAsync($"magasin réutilisé : {folder}");
            if (store.Index.NeedsRebuild)
            {
                await log.WriteLineAsync("index d'un autre schéma : reconstruction");
                await store.Synchronizer.RebuildAsync(ct);
            }
        }
        else
        {
            judgedDocuments = await BuildAsync(store, folder, ct);
            await File.WriteAllTextAsync(countFile, judgedDocuments.ToString(CultureInfo.InvariantCulture), ct);
            await File.WriteAllTextAsync(Path.Combine(folder, FingerprintFile), fingerprint, ct);
        }

        var present = await ReadKeysAsync(store);
        var missing = judged.SelectMany(q => q.Relevant.Select(r => (q, r.Key))).FirstOrDefault(m => !present.Contains(m.Key));
        if (missing.q is not null)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(options.JudgmentsPath)}:{missing.q.Line} : la question {missing.Key.Legislature}/{missing.Key.Number} jugée pour « {missing.q.Query} » n'est pas dans le magasin"));
        }

        RankingOptions? tuned = null;
        if (options.Tune)
        {
            tuned = await new RankingTuner(store.Index, judged, log).TuneAsync(ct);
        }

        var stopwatch = Stopwatch.StartNew();
        var outcomes = Evaluate(tuned is null ? store.Searcher : new QuestionSearcher(store.Index, tuned), judged);
        var milliseconds = stopwatch.Elapsed.TotalMilliseconds / Math.Max(1, judged.Count);

        // The same judged set under the earlier rankings, for the before/after table.
        var compared = new List<(string, RelevanceSummary)>();
        if (options.Compare)
        {
            foreach (var (name, ranking) in ComparedRankings)
            {
                using var searcher = new QuestionSearcher(store.Index, ranking);
                compared.Add((name, RelevanceSummary.Of(Judged(Evaluate(searcher, judged)))));
            }
        }

        var byKind = outcomes.GroupBy(o => o.Judged.Kind).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => RelevanceSummary.Of(g.ToList()), StringComparer.Ordinal);
        return new RelevanceReport(outcomes, RelevanceSummary.Of(Judged(outcomes)), byKind, judgedDocuments, options.Distractors, milliseconds, tuned, compared);
    }

    /// <summary>The outcomes the overall figures count: every kind but the generic queries.</summary>
    public static List<QueryOutcome> Judged(IEnumerable<QueryOutcome> outcomes) => outcomes.Where(o => o.Judged.Kind != JudgmentFile.Generic).ToList();

    /// <summary>Every judged query through the searcher as the site's search page runs it (relevance order).</summary>
    public static List<QueryOutcome> Evaluate(QuestionSearcher searcher, IReadOnlyList<JudgedQuery> judged)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        ArgumentNullException.ThrowIfNull(judged);
        return judged.Select(q =>
        {
            var result = searcher.Search(new QuestionSearchRequest { Text = q.Query, PageSize = RelevanceMetrics.Depth, IncludeFacets = false });
            return RelevanceMetrics.Score(q, result.Hits.Select(h => h.Key).ToList(), result.Total);
        }).ToList();
    }

    /// <summary>The judged documents first (their keys are then reserved), then the distractors generated around them.</summary>
    private async Task<int> BuildAsync(BenchStore store, string folder, CancellationToken ct)
    {
        var judgedImport = await store.Importer.ImportAsync(options.Documents, options.WorkDirectory, progress: null, ct);
        if (judgedImport.Rejected.Count > 0)
        {
            var first = judgedImport.Rejected[0];
            throw new InvalidOperationException($"document jugé rejeté : {first.Source} : {first.Reason}");
        }

        var reserved = (await ReadKeysAsync(store)).Select(k => (k.Legislature, k.Number)).ToHashSet();
        var corpus = Path.Combine(folder, "corpus");
        var stopwatch = Stopwatch.StartNew();
        var manifest = await new CorpusGenerator(log).GenerateAsync(
            new GenerateOptions { Count = options.Distractors, Output = corpus, Seed = options.Seed, Reserved = reserved }, ct);
        var distractors = await store.Importer.ImportAsync([corpus], folder, progress: null, ct);
        await store.Follower.CatchUpAsync(ct);
        await log.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"magasin : {reserved.Count} questions jugées, {distractors.Added:N0} distracteurs ({options.Distractors - manifest.Count} écartés car sur une clé jugée), en {stopwatch.Elapsed.TotalSeconds:0.0} s"));
        return reserved.Count;
    }

    private static async Task<HashSet<QuestionKey>> ReadKeysAsync(BenchStore store)
    {
        await using var connection = store.OpenReadOnlyConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Legislature, Number FROM Questions WHERE Type = 'QE'";
        await using var reader = await command.ExecuteReaderAsync();
        var keys = new HashSet<QuestionKey>();
        while (await reader.ReadAsync())
        {
            keys.Add(new QuestionKey(QuestionType.QE, reader.GetInt32(0), reader.GetInt32(1)));
        }

        return keys;
    }

    /// <summary>What the store is made of: the same fingerprint means the same store.</summary>
    private string Fingerprint()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in options.Documents)
        {
            IEnumerable<string> files = Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                : File.Exists(path) ? [path] : [];
            foreach (var file in files)
            {
                hash.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(file)));
                hash.AppendData(File.ReadAllBytes(file));
            }
        }

        return JsonSerializer.Serialize(new
        {
            options.Distractors,
            options.Seed,
            CorpusManifest.CurrentGeneratorVersion,
            Documents = Convert.ToHexString(hash.GetHashAndReset()),
        });
    }
}
