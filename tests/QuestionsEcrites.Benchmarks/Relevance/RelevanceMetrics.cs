using QuestionsEcrites.Domain.Questions;

namespace QuestionsEcrites.Benchmarks.Relevance;

/// <summary>
/// What the search returned for one judged query: its first ten keys, the rank of the first wanted question (the
/// judged questions of the top grade; null when none is in the first <see cref="RelevanceMetrics.Depth"/>), and
/// nDCG@10 over every judged question.
/// </summary>
public sealed record QueryOutcome(JudgedQuery Judged, IReadOnlyList<QuestionKey> Top, int? WantedRank, double Ndcg10, long TotalHits)
{
    public bool SuccessAt(int k) => WantedRank is { } rank && rank <= k;

    public double ReciprocalRank => WantedRank is { } rank ? 1.0 / rank : 0;
}

/// <summary>The figures of a set of outcomes: success@1, success@3, MRR and nDCG@10, each a mean over the queries.</summary>
public sealed record RelevanceSummary(int Queries, double SuccessAt1, double SuccessAt3, double Mrr, double Ndcg10)
{
    public static RelevanceSummary Of(IReadOnlyCollection<QueryOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        if (outcomes.Count == 0)
        {
            return new RelevanceSummary(0, 0, 0, 0, 0);
        }

        return new RelevanceSummary(
            outcomes.Count,
            outcomes.Average(o => o.SuccessAt(1) ? 1.0 : 0),
            outcomes.Average(o => o.SuccessAt(3) ? 1.0 : 0),
            outcomes.Average(o => o.ReciprocalRank),
            outcomes.Average(o => o.Ndcg10));
    }
}

/// <summary>The measures, as the TREC tools define them, on one ranked list against graded judgments.</summary>
public static class RelevanceMetrics
{
    /// <summary>How deep the ranks are read: a wanted question below it counts as not found (reciprocal rank 0).</summary>
    public const int Depth = 100;

    public static QueryOutcome Score(JudgedQuery judged, IReadOnlyList<QuestionKey> ranked, long totalHits)
    {
        ArgumentNullException.ThrowIfNull(judged);
        ArgumentNullException.ThrowIfNull(ranked);
        var top = judged.TopGrade;
        var wanted = judged.Relevant.Where(r => r.Grade == top).Select(r => r.Key).ToHashSet();
        int? rank = null;
        for (var i = 0; i < Math.Min(Depth, ranked.Count); i++)
        {
            if (wanted.Contains(ranked[i]))
            {
                rank = i + 1;
                break;
            }
        }

        return new QueryOutcome(judged, ranked.Take(10).ToList(), rank, Ndcg(ranked, judged.Relevant, 10), totalHits);
    }

    /// <summary>
    /// Normalised discounted cumulative gain at <paramref name="k"/>: gain 2^grade − 1 discounted by log2(rank + 1),
    /// over the ideal ordering of the judged questions (1 when the best ones lead, 0 when none is in the first k).
    /// </summary>
    public static double Ndcg(IReadOnlyList<QuestionKey> ranked, IReadOnlyList<Judgment> judged, int k)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(judged);
        var grades = judged.ToDictionary(j => j.Key, j => j.Grade);
        double Gain(int grade, int index) => (Math.Pow(2, grade) - 1) / Math.Log2(index + 2);

        var dcg = ranked.Take(k).Select((key, i) => grades.TryGetValue(key, out var g) ? Gain(g, i) : 0).Sum();
        var ideal = judged.Select(j => j.Grade).OrderDescending().Take(k).Select(Gain).Sum();
        return ideal == 0 ? 0 : dcg / ideal;
    }
}
