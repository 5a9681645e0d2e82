using Lucene.Net.Analysis.Fr;
using QuestionsEcrites.Benchmarks.Generation;
using QuestionsEcrites.Domain.Text;

namespace QuestionsEcrites.Benchmarks.Benchmarking;

/// <summary>
/// The pinned query sets, taken from the generator's vocabulary for the corpus's seed (so they are the same on
/// every run): frequent terms (the first content words), mid terms (ranks 1,000–5,000), rare terms (ranks
/// 20,000–60,000, « Ségur »-like proper nouns among them), two-word phrases in quotes (the collocations), and AND
/// pairs (two words, both required). Twenty queries each. Also the rubriques by popularity, for the filters.
/// </summary>
internal static class QuerySets
{
    private const int PerSet = 20;

    public static IReadOnlyList<QuerySet> Build(long seed)
    {
        var vocabulary = Vocabulary.Build(seed);
        var frequent = Pick(vocabulary, 0, 2_000, PerSet, evenly: false);
        var mid = Pick(vocabulary, 1_000, 5_000, PerSet, evenly: true);
        var rare = Pick(vocabulary, 20_000, Vocabulary.ContentSize, PerSet, evenly: true);
        var phrases = vocabulary.CollocationRanks.Take(PerSet).Select(rank => $"\"{vocabulary.Content[rank]}\"").ToList();
        var pairs = new List<string>();
        for (var i = 0; i < 10; i++)
        {
            pairs.Add($"{frequent[i]} {mid[i]}");
        }

        for (var i = 0; i < 5; i++)
        {
            pairs.Add($"{frequent[i + 10]} {frequent[i + 15]}");
            pairs.Add($"{mid[i + 10]} {mid[i + 15]}");
        }

        return
        [
            new QuerySet("rare", rare),
            new QuerySet("mid", mid),
            new QuerySet("frequent", frequent),
            new QuerySet("phrase", phrases),
            new QuerySet("and-pair", pairs),
        ];
    }

    /// <summary>Rubrique slugs, most popular first (the generator draws them with a Zipf law in this order).</summary>
    public static IReadOnlyList<string> RubriquesByPopularity { get; } = Catalog.Rubriques.Select(r => Slugs.From(r.Rubrique)).ToList();

    /// <summary>Ministry slugs, most popular first.</summary>
    public static IReadOnlyList<string> MinistriesByPopularity { get; } = Catalog.Ministries.Select(m => Slugs.From(m.Name)).ToList();

    /// <summary>Single words that search as one term: not a stop word, not a collocation, at least five letters.</summary>
    private static List<string> Pick(Vocabulary vocabulary, int from, int to, int count, bool evenly)
    {
        var eligible = new List<string>();
        for (var rank = from; rank < to; rank++)
        {
            var word = vocabulary.Content[rank];
            if (word.Length >= 5 && !word.Contains(' ', StringComparison.Ordinal) && !word.Contains('-', StringComparison.Ordinal)
                && !FrenchAnalyzer.DefaultStopSet.Contains(word.ToLowerInvariant()))
            {
                eligible.Add(word);
            }
        }

        if (!evenly)
        {
            return eligible.Take(count).ToList();
        }

        return Enumerable.Range(0, count).Select(i => eligible[(int)((long)i * eligible.Count / count)]).ToList();
    }
}
