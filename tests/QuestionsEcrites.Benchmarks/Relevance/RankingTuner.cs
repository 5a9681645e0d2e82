using System.Globalization;
using QuestionsEcrites.Search.Indexing;
using QuestionsEcrites.Search.Querying;

namespace QuestionsEcrites.Benchmarks.Relevance;

/// <summary>
/// Chooses the <see cref="RankingOptions"/> on the judged set instead of by hand: coordinate descent over a grid of
/// each parameter's plausible values, starting from the product's defaults, keeping a change only when it raises
/// mean nDCG@10 (MRR breaks ties; on a full tie the current value stays, so that nothing drifts without a reason).
/// Two rounds, each parameter in turn. With some sixty queries the gain of one step can be one query: the README
/// records the chosen values with the before/after figures, and values near the edge of a grid are read with care.
/// </summary>
public sealed class RankingTuner(QuestionIndex index, IReadOnlyList<JudgedQuery> judged, TextWriter log)
{
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    private static readonly (string Name, double[] Values, Func<RankingOptions, double> Get, Func<RankingOptions, double, RankingOptions> Set)[] Grid =
    [
        ("K1", [0.6, 0.9, 1.2, 1.5, 2.0], o => o.K1, (o, v) => o with { K1 = (float)v }),
        ("B", [0.3, 0.5, 0.75, 0.9], o => o.B, (o, v) => o with { B = (float)v }),
        ("TitleWeight", [0.5, 1, 2, 3, 5, 8], o => o.TitleWeight, (o, v) => o with { TitleWeight = (float)v }),
        ("AnswerWeight", [0.2, 0.5, 0.8, 1.0], o => o.AnswerWeight, (o, v) => o with { AnswerWeight = (float)v }),
        ("MetaWeight", [0.2, 0.5, 1.0, 2.0], o => o.MetaWeight, (o, v) => o with { MetaWeight = (float)v }),
        ("PhraseBoost", [0, 0.5, 1, 2, 4, 8, 16], o => o.PhraseBoost, (o, v) => o with { PhraseBoost = (float)v }),
        ("PhraseSlop", [0, 1, 3, 6, 10], o => o.PhraseSlop, (o, v) => o with { PhraseSlop = (int)v }),
        ("PairBoost", [0, 0.5, 1, 2, 4, 8], o => o.PairBoost, (o, v) => o with { PairBoost = (float)v }),
        ("PairSlop", [0, 1, 2], o => o.PairSlop, (o, v) => o with { PairSlop = (int)v }),
        ("ProximityOnStemmed", [1, 0], o => o.ProximityOnStemmed ? 1 : 0, (o, v) => o with { ProximityOnStemmed = v > 0 }),
    ];

    public async Task<RankingOptions> TuneAsync(CancellationToken ct)
    {
        // Two-fold check first: tuned on half the queries, how does the other half fare? A gain that holds on the
        // held-out half is a gain of the ranking, not of these queries.
        var halves = new[] { judged.Where((_, i) => i % 2 == 0).ToList(), judged.Where((_, i) => i % 2 == 1).ToList() };
        for (var fold = 0; fold < 2; fold++)
        {
            var tunedOnHalf = await new RankingTuner(index, halves[fold], TextWriter.Null).DescendAsync(ct);
            var held = halves[1 - fold];
            var before = new RankingTuner(index, held, TextWriter.Null).Score(RankingOptions.Default);
            var after = new RankingTuner(index, held, TextWriter.Null).Score(tunedOnHalf);
            await log.WriteLineAsync(string.Create(Culture, $"validation croisée, moitié {fold + 1} : réglé sur {halves[fold].Count} requêtes, sur les {held.Count} autres nDCG@10 {before.Ndcg10:0.0000} → {after.Ndcg10:0.0000}, succès@3 {before.SuccessAt3:0.000} → {after.SuccessAt3:0.000}"));
        }

        return await DescendAsync(ct);
    }

    private async Task<RankingOptions> DescendAsync(CancellationToken ct)
    {
        var best = RankingOptions.Default;
        var bestScore = Score(best);
        await log.WriteLineAsync(string.Create(Culture, $"réglage : départ nDCG@10 {bestScore.Ndcg10:0.0000}, MRR {bestScore.Mrr:0.0000}, succès@3 {bestScore.SuccessAt3:0.000}"));
        for (var round = 1; round <= 2; round++)
        {
            var changed = false;
            foreach (var (name, values, get, set) in Grid)
            {
                ct.ThrowIfCancellationRequested();
                foreach (var value in values.Where(v => Math.Abs(v - get(best)) > 1e-9))
                {
                    var candidate = set(best, value);
                    var score = Score(candidate);
                    if (score.Ndcg10 > bestScore.Ndcg10 + 1e-9 || (Math.Abs(score.Ndcg10 - bestScore.Ndcg10) <= 1e-9 && score.Mrr > bestScore.Mrr + 1e-9))
                    {
                        await log.WriteLineAsync(string.Create(Culture, $"  tour {round} : {name} = {value} → nDCG@10 {score.Ndcg10:0.0000}, MRR {score.Mrr:0.0000}, succès@3 {score.SuccessAt3:0.000}"));
                        (best, bestScore, changed) = (candidate, score, true);
                    }
                }
            }

            if (!changed)
            {
                break;
            }
        }

        await log.WriteLineAsync($"réglage retenu : {best}");
        return best;
    }

    private RelevanceSummary Score(RankingOptions options)
    {
        using var searcher = new QuestionSearcher(index, options);
        return RelevanceSummary.Of(RelevanceHarness.Judged(RelevanceHarness.Evaluate(searcher, judged)));
    }
}
