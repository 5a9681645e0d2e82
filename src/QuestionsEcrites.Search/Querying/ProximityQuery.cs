using Lucene.Net.Index;
using Lucene.Net.Search;
using QuestionsEcrites.Search.Analysis;
using QuestionsEcrites.Search.Indexing;

namespace QuestionsEcrites.Search.Querying;

/// <summary>
/// The optional clause that ranks documents where the query's words stand together above those where they are
/// scattered (in the spirit of Solr's edismax <c>pf</c>/<c>pf2</c>/<c>ps</c>; weights in <see cref="RankingOptions"/>).
/// </summary>
public static class ProximityQuery
{
    /// <summary>
    /// The proximity boost of the query's plain words, in their order (phrases, prefixes and alternatives keep their
    /// own meaning): all of them as one sloppy phrase, and each consecutive pair, in the title, the question's text
    /// and the answer. Null with fewer than two words.
    /// </summary>
    public static BooleanQuery? Build(QueryAnalyzers analyzers, RankingOptions ranking, string words)
    {
        ArgumentNullException.ThrowIfNull(analyzers);
        ArgumentNullException.ThrowIfNull(ranking);
        var (analyzer, title, text, answer) = ranking.ProximityOnStemmed
            ? (analyzers.StemmedParts, IndexFields.Title, IndexFields.Text, IndexFields.Answer)
            : (analyzers.ExactParts, IndexFields.TitleExact, IndexFields.TextExact, IndexFields.AnswerExact);
        var tokens = Tokens.Analyze(analyzer, text, words);
        if (tokens.Count < 2)
        {
            return null;
        }

        var proximity = new BooleanQuery();
        void Add(IReadOnlyList<AnalyzedToken> phrase, int slop, float boost)
        {
            if (boost <= 0)
            {
                return;
            }

            var dismax = new DisjunctionMaxQuery(0.1f);
            foreach (var (field, weight) in new[] { (title, ranking.TitleWeight), (text, ranking.TextWeight), (answer, ranking.AnswerWeight) })
            {
                var query = new PhraseQuery { Slop = slop, Boost = boost * weight };
                foreach (var token in phrase)
                {
                    query.Add(new Term(field, token.Term), token.Position - phrase[0].Position);
                }

                dismax.Add(query);
            }

            proximity.Add(dismax, Occur.SHOULD);
        }

        Add(tokens, ranking.PhraseSlop, ranking.PhraseBoost);
        if (tokens.Count > 2)
        {
            for (var i = 0; i + 1 < tokens.Count; i++)
            {
                Add([tokens[i], tokens[i + 1]], ranking.PairSlop, ranking.PairBoost);
            }
        }

        return proximity.Clauses.Count == 0 ? null : proximity;
    }
}
