using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using QuestionsEcrites.Benchmarks.Benchmarking.Results;
using QuestionsEcrites.Domain.Questions;
using QuestionsEcrites.Search.Indexing;
using QuestionsEcrites.Search.Querying;
using static QuestionsEcrites.Benchmarks.Benchmarking.TablePrinter;

namespace QuestionsEcrites.Benchmarks.Benchmarking;

/// <summary>The <c>proches</c> verb's options.</summary>
public sealed record SimilarOptions
{
    /// <summary>An existing index folder; nothing may hold its write lock (the site must be stopped).</summary>
    public required string IndexPath { get; init; }

    /// <summary>The store the index was built from: the questions' titles and texts, and their rubriques.</summary>
    public required string DatabasePath { get; init; }

    /// <summary>Questions drawn from the store; each is asked once per variant, the variants interleaved.</summary>
    public int Questions { get; init; } = 200;

    public long Seed { get; init; } = 42;
}

/// <summary>
/// The <c>proches</c> verb: what « Questions proches » (<see cref="QuestionSearcher.Similar"/>) costs on an existing
/// index, with the shipped <see cref="LikeOptions"/> and with variants of them, and what a variant changes in the
/// lists: the share of the shipped top ten it keeps (overlap@10), and the share of its top ten in the question's own
/// rubrique (the generated corpus draws a question's words from its rubrique's topic, so this is a topicality
/// check that does not take the shipped list as the truth), beside what random questions would give.
/// The variants run interleaved, question by question, so that the machine's drift weighs on all alike.
/// </summary>
internal sealed class SimilarBenchmark(SimilarOptions options, TextWriter stdout)
{
    private const int Shown = 10;
    private const int WarmUpQuestions = 20;

    /// <summary>The shipped options first: the others are compared with it.</summary>
    private static readonly (string Name, LikeOptions Like)[] Variants =
    [
        ("livré (25 mots, part ≤ 20 %, 16 % requis : 4 mots)", LikeOptions.Default),
        ("30 % requis (7 mots, livré jusqu'au 2026-12-07)", LikeOptions.Default with { MinimumShouldMatchShare = 0.30 }),
        ("part ≤ 5 %", LikeOptions.Default with { MaxDocShare = 0.05 }),
        ("15 mots", LikeOptions.Default with { MaxTerms = 15 }),
        ("40 % requis (10 mots sur 25)", LikeOptions.Default with { MinimumShouldMatchShare = 0.40 }),
        ("20 % requis (5 mots)", LikeOptions.Default with { MinimumShouldMatchShare = 0.20 }),
        ("12 % requis (3 mots)", LikeOptions.Default with { MinimumShouldMatchShare = 0.12 }),
        ("8 % requis (2 mots)", LikeOptions.Default with { MinimumShouldMatchShare = 0.08 }),
        ("aucun minimum (1 mot)", LikeOptions.Default with { MinimumShouldMatchShare = 0, MinimumSharedWords = 1 }),
    ];

    private sealed record Sample(QuestionKey Key, string Title, string Text, int? Rubrique);

    public int Run(CancellationToken ct)
    {
        var path = Path.GetFullPath(options.IndexPath);
        if (!QuestionIndex.HasGeneration(path))
        {
            throw new InvalidOperationException($"aucun index de recherche dans {path} (reindex pour le construire)");
        }

        if (!File.Exists(options.DatabasePath))
        {
            throw new InvalidOperationException($"--db : aucune base SQLite à {Path.GetFullPath(options.DatabasePath)}");
        }

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = options.DatabasePath, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        var samples = Draw(connection);
        var rubriqueShares = RubriqueShares(connection);

        using var index = new QuestionIndex(path, NullLogger<QuestionIndex>.Instance);
        if (index.NeedsRebuild)
        {
            throw new InvalidOperationException($"l'index {path} n'est pas du schéma actuel : le reconstruire (reindex) avant de le mesurer");
        }

        var searchers = Variants.Select(v => new QuestionSearcher(index, like: v.Like)).ToArray();
        try
        {
            stdout.WriteLine(string.Create(
                Culture,
                $"# proches — {Environment.ProcessorCount} cœurs, index {path} ({N(index.DocumentCount)} documents), {samples.Count} questions tirées (graine {options.Seed}), {Shown} proches chacune"));
            stdout.Flush();
            foreach (var sample in samples.Take(WarmUpQuestions))
            {
                foreach (var searcher in searchers)
                {
                    searcher.Similar(sample.Key, sample.Title, sample.Text, Shown);
                }
            }

            var times = Variants.Select(_ => new List<double>(samples.Count)).ToArray();
            var lists = Variants.Select(_ => new List<IReadOnlyList<SearchHit>>(samples.Count)).ToArray();
            foreach (var sample in samples)
            {
                ct.ThrowIfCancellationRequested();
                for (var v = 0; v < searchers.Length; v++)
                {
                    var start = Stopwatch.GetTimestamp();
                    var hits = searchers[v].Similar(sample.Key, sample.Title, sample.Text, Shown);
                    times[v].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                    lists[v].Add(hits);
                }
            }

            var rubriqueOf = Rubriques(connection, lists.SelectMany(l => l).SelectMany(h => h).Select(h => h.Id).Distinct());
            var randomShare = samples.Where(s => s.Rubrique is not null).Average(s => rubriqueShares.GetValueOrDefault(s.Rubrique!.Value));
            Print(
                stdout,
                string.Create(Culture, $"« Questions proches » (QuestionSearcher.Similar), ms par question ; même rubrique au hasard : {randomShare:P1}"),
                ["variante", "p50", "p95", "p99", "moyenne", "max", "overlap@10 avec livré", "même rubrique (top 10)", "proches par question", "questions sans proches"],
                Variants.Select((variant, v) =>
                {
                    var latency = LatencySummary.From(times[v]);
                    return (IReadOnlyList<string>)
                    [
                        variant.Name,
                        Ms(latency.P50Ms),
                        Ms(latency.P95Ms),
                        Ms(latency.P99Ms),
                        Ms(latency.MeanMs),
                        Ms(latency.MaxMs),
                        Overlap(lists[0], lists[v]).ToString("P1", Culture),
                        SameRubrique(samples, lists[v], rubriqueOf).ToString("P1", Culture),
                        lists[v].Average(l => l.Count).ToString("0.0", Culture),
                        (lists[v].Count(l => l.Count == 0) / (double)lists[v].Count).ToString("P1", Culture),
                    ];
                }));
            return BenchmarkCli.Success;
        }
        finally
        {
            foreach (var searcher in searchers)
            {
                searcher.Dispose();
            }
        }
    }

    /// <summary>The questions asked: a seeded draw among the store's ids, read with their title, text and rubrique.</summary>
    private List<Sample> Draw(SqliteConnection connection)
    {
        var ids = new List<int>();
        using (var all = connection.CreateCommand())
        {
            all.CommandText = "SELECT Id FROM Questions";
            using var reader = all.ExecuteReader();
            while (reader.Read())
            {
                ids.Add(reader.GetInt32(0));
            }
        }

        var random = new Random((int)options.Seed);
        var drawn = ids.OrderBy(_ => random.Next()).Take(options.Questions).ToList();
        var samples = new List<Sample>(drawn.Count);
        using var one = connection.CreateCommand();
        one.CommandText = "SELECT Type, Legislature, Number, Title, Text, RubriqueId FROM Questions WHERE Id = $id";
        var id = one.Parameters.Add("$id", SqliteType.Integer);
        foreach (var questionId in drawn)
        {
            id.Value = questionId;
            using var reader = one.ExecuteReader();
            if (reader.Read())
            {
                var key = new QuestionKey(Enum.Parse<QuestionType>(reader.GetString(0)), reader.GetInt32(1), reader.GetInt32(2));
                samples.Add(new Sample(key, reader.GetString(3), reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetInt32(5)));
            }
        }

        return samples;
    }

    /// <summary>Each rubrique's share of the store: the chance that a random question shares a given one.</summary>
    private static Dictionary<int, double> RubriqueShares(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT RubriqueId, count(*), (SELECT count(*) FROM Questions) FROM Questions WHERE RubriqueId IS NOT NULL GROUP BY RubriqueId";
        using var reader = command.ExecuteReader();
        var shares = new Dictionary<int, double>();
        while (reader.Read())
        {
            shares[reader.GetInt32(0)] = reader.GetInt64(1) / (double)reader.GetInt64(2);
        }

        return shares;
    }

    private static Dictionary<int, int?> Rubriques(SqliteConnection connection, IEnumerable<int> ids)
    {
        var found = new Dictionary<int, int?>();
        foreach (var chunk in ids.Chunk(500))
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT Id, RubriqueId FROM Questions WHERE Id IN ({string.Join(',', chunk)})";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                found[reader.GetInt32(0)] = reader.IsDBNull(1) ? null : reader.GetInt32(1);
            }
        }

        return found;
    }

    /// <summary>The share of the reference lists' entries the other lists also hold, over every question.</summary>
    private static double Overlap(List<IReadOnlyList<SearchHit>> reference, List<IReadOnlyList<SearchHit>> other)
    {
        long shared = 0, total = 0;
        for (var i = 0; i < reference.Count; i++)
        {
            var ids = other[i].Select(h => h.Id).ToHashSet();
            shared += reference[i].Count(h => ids.Contains(h.Id));
            total += reference[i].Count;
        }

        return total == 0 ? 1 : shared / (double)total;
    }

    private static double SameRubrique(List<Sample> samples, List<IReadOnlyList<SearchHit>> lists, Dictionary<int, int?> rubriqueOf)
    {
        long same = 0, total = 0;
        for (var i = 0; i < samples.Count; i++)
        {
            if (samples[i].Rubrique is not { } rubrique)
            {
                continue;
            }

            same += lists[i].Count(h => rubriqueOf.GetValueOrDefault(h.Id) == rubrique);
            total += lists[i].Count;
        }

        return total == 0 ? 0 : same / (double)total;
    }
}
