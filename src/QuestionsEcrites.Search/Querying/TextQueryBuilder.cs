using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using QuestionsEcrites.Search.Analysis;
using QuestionsEcrites.Search.Indexing;

namespace QuestionsEcrites.Search.Querying;

/// <summary>
/// Turns a <see cref="UserQuery"/> into a Lucene query over weighted fields (title above question text above
/// answer above names), with the terms to highlight. Words match stemmed fields; phrases and prefixes match the
/// folded, unstemmed fields, so <c>"prime Ségur"</c> does not match « primes Ségur ». Two words or more also add an
/// optional proximity clause (<see cref="RankingOptions"/>): it selects nothing, it ranks the documents where the
/// words stand together above those where they are scattered.
/// </summary>
public sealed class TextQueryBuilder
{
    private readonly QueryAnalyzers _analyzers;
    private readonly RankingOptions _ranking;
    private readonly (string Field, float Boost)[] _stemmedFields;
    private readonly (string Field, float Boost)[] _exactFields;

    public TextQueryBuilder(QueryAnalyzers analyzers, RankingOptions? ranking = null)
    {
        _analyzers = analyzers;
        _ranking = ranking ?? RankingOptions.Default;

        // Each text field's weight, with its stemmed and its exact (unstemmed) variant: one table for both.
        (string Stemmed, string Exact, float Boost)[] weights =
        [
            (IndexFields.Title, IndexFields.TitleExact, _ranking.TitleWeight),
            (IndexFields.Text, IndexFields.TextExact, _ranking.TextWeight),
            (IndexFields.Answer, IndexFields.AnswerExact, _ranking.AnswerWeight),
            (IndexFields.Meta, IndexFields.MetaExact, _ranking.MetaWeight),
        ];
        _stemmedFields = [.. weights.Select(w => (w.Stemmed, w.Boost))];
        _exactFields = [.. weights.Select(w => (w.Exact, w.Boost))];
    }

    /// <summary>
    /// The query, or null when nothing searchable remains (only stop words, or only operators). With the corpus's
    /// <paramref name="acronyms"/>, a plain word that is a defined acronym also finds its expansion (« FCO » finds
    /// « fièvre catarrhale ovine »), and plain words that spell an expansion also find its acronym; phrases, prefixes
    /// and alternatives are taken as typed.
    /// </summary>
    public (Query? Query, HighlightTerms Highlight) Build(UserQuery userQuery, AcronymMap? acronyms = null)
    {
        ArgumentNullException.ThrowIfNull(userQuery);
        acronyms ??= AcronymMap.Empty;
        var stemmedTerms = new HashSet<string>(StringComparer.Ordinal);
        var exactTerms = new HashSet<string>(StringComparer.Ordinal);
        var prefixes = new List<string>();
        var query = new BooleanQuery();
        var required = 0;
        var plainWords = new List<string>();
        var groups = userQuery.Required;
        var runs = acronyms.ExpansionRuns(groups, _analyzers.ExactParts);

        for (var g = 0; g < groups.Count; g++)
        {
            if (runs.TryGetValue(g, out var run))
            {
                // Words that spell an expansion: all of them as typed, or its acronym.
                var words = new BooleanQuery();
                for (var k = g; k < g + run.Length; k++)
                {
                    plainWords.Add(groups[k][0].Text);
                    if (Clause(groups[k][0], stemmedTerms, exactTerms, prefixes) is { } word)
                    {
                        words.Add(word, Occur.MUST);
                    }
                }

                var either = new BooleanQuery();
                either.Add(words, Occur.SHOULD);
                if (Term(_stemmedFields, _analyzers.StemmedParts, IndexFields.Text, run.Acronym, stemmedTerms) is { } acronym)
                {
                    either.Add(acronym, Occur.SHOULD);
                }

                query.Add(either, Occur.MUST);
                required++;
                g += run.Length - 1;
                continue;
            }

            var group = groups[g];
            if (group is [{ Kind: UserClauseKind.Word } plain])
            {
                plainWords.Add(plain.Text);
            }

            var alternatives = group
                .Select(clause => clause.Kind == UserClauseKind.Word ? WithExpansions(clause, acronyms, stemmedTerms, exactTerms) : Clause(clause, stemmedTerms, exactTerms, prefixes))
                .OfType<Query>()
                .ToList();
            if (alternatives.Count == 0)
            {
                continue;
            }

            if (alternatives.Count == 1)
            {
                query.Add(alternatives[0], Occur.MUST);
            }
            else
            {
                var or = new BooleanQuery();
                foreach (var alternative in alternatives)
                {
                    or.Add(alternative, Occur.SHOULD);
                }

                query.Add(or, Occur.MUST);
            }

            required++;
        }

        var excluded = 0;
        foreach (var clause in userQuery.Excluded)
        {
            if (Clause(clause, null, null, null) is { } negative)
            {
                query.Add(negative, Occur.MUST_NOT);
                excluded++;
            }
        }

        if (required == 0 && excluded == 0)
        {
            return (null, HighlightTerms.None);
        }

        if (required == 0)
        {
            query.Add(new MatchAllDocsQuery(), Occur.MUST);
        }
        else if (ProximityQuery.Build(_analyzers, _ranking, string.Join(' ', plainWords)) is { } proximity)
        {
            query.Add(proximity, Occur.SHOULD);
        }

        return (query, new HighlightTerms(stemmedTerms, exactTerms, prefixes));
    }

    private Query? Clause(UserClause clause, HashSet<string>? stemmedTerms, HashSet<string>? exactTerms, List<string>? prefixes)
    {
        switch (clause.Kind)
        {
            case UserClauseKind.Word:
            {
                return Compound(_stemmedFields, _analyzers.StemmedParts, _analyzers.StemmedJoined, IndexFields.Text, clause.Text, stemmedTerms);
            }

            case UserClauseKind.Phrase:
            {
                return Compound(_exactFields, _analyzers.ExactParts, _analyzers.ExactJoined, IndexFields.TextExact, clause.Text, exactTerms);
            }

            default:
            {
                var tokens = Tokens.Analyze(_analyzers.ExactParts, IndexFields.TextExact, clause.Text);
                if (tokens.Count == 0 || tokens[^1].Term.Length < 2)
                {
                    return null;
                }

                var prefix = tokens[^1].Term;
                prefixes?.Add(prefix);
                exactTerms?.UnionWith(tokens.SkipLast(1).Select(t => t.Term));
                var dismax = new DisjunctionMaxQuery(0.1f);
                foreach (var (field, boost) in _exactFields)
                {
                    var fieldQuery = new BooleanQuery();
                    foreach (var token in tokens.SkipLast(1))
                    {
                        fieldQuery.Add(new TermQuery(new Term(field, token.Term)), Occur.MUST);
                    }

                    fieldQuery.Add(new PrefixQuery(new Term(field, prefix)), Occur.MUST);
                    fieldQuery.Boost = boost;
                    dismax.Add(fieldQuery);
                }

                return dismax;
            }
        }
    }

    /// <summary>A plain word; if typed as a defined acronym (no lower-case letter: « FCO », « E.H.P.A.D. »), or its expansions.</summary>
    private Query? WithExpansions(UserClause word, AcronymMap acronyms, HashSet<string> stemmedTerms, HashSet<string> exactTerms)
    {
        var asTyped = Clause(word, stemmedTerms, exactTerms, null);
        if (asTyped is null || word.Text.Any(char.IsLower) || !word.Text.Any(char.IsUpper)
            || Tokens.Terms(_analyzers.ExactJoined, IndexFields.TextExact, word.Text) is not [var joined]
            || acronyms.ExpansionsOf(joined) is not { Count: > 0 } expansions)
        {
            return asTyped;
        }

        var either = new BooleanQuery { { asTyped, Occur.SHOULD } };
        foreach (var expansion in expansions)
        {
            if (Term(_stemmedFields, _analyzers.StemmedParts, IndexFields.Text, expansion, stemmedTerms) is { } phrase)
            {
                either.Add(phrase, Occur.SHOULD);
            }
        }

        return either;
    }

    /// <summary>A text's analyzed tokens as a term or a phrase in each field, its terms kept for highlighting.</summary>
    private static Query? Term((string Field, float Boost)[] fields, Analyzer analyzer, string field, string text, HashSet<string> terms)
    {
        var tokens = Tokens.Analyze(analyzer, field, text);
        terms.UnionWith(tokens.Select(t => t.Term));
        return AcrossFields(fields, tokens);
    }

    /// <summary>
    /// A word or a phrase: the phrase of its parts, or its joined form when that differs (« E.H.P.A.D. » also as
    /// « ehpad », « SEC-Pa » also as « secpa »), so that every written form of a compound finds the others.
    /// </summary>
    private Query? Compound((string Field, float Boost)[] fields, Analyzer parts, Analyzer joined, string field, string text, HashSet<string>? terms)
    {
        var partTokens = Tokens.Analyze(parts, field, text);
        var joinedTokens = Tokens.Analyze(joined, field, text);
        terms?.UnionWith(partTokens.Select(t => t.Term));
        var byParts = AcrossFields(fields, partTokens);
        if (byParts is null || joinedTokens.Select(t => t.Term).SequenceEqual(partTokens.Select(t => t.Term), StringComparer.Ordinal))
        {
            return byParts;
        }

        terms?.UnionWith(joinedTokens.Select(t => t.Term));
        var either = new BooleanQuery();
        either.Add(byParts, Occur.SHOULD);
        if (AcrossFields(fields, joinedTokens) is { } byJoined)
        {
            either.Add(byJoined, Occur.SHOULD);
        }

        return either;
    }

    /// <summary>One token: a term in each field; several (« médico-social »): a phrase in each field.</summary>
    private static Query? AcrossFields((string Field, float Boost)[] fields, List<AnalyzedToken> tokens)
    {
        if (tokens.Count == 0)
        {
            return null; // a stop word alone
        }

        var dismax = new DisjunctionMaxQuery(0.1f);
        foreach (var (field, boost) in fields)
        {
            Query fieldQuery;
            if (tokens.Count == 1)
            {
                fieldQuery = new TermQuery(new Term(field, tokens[0].Term));
            }
            else
            {
                var phrase = new PhraseQuery();
                var first = tokens[0].Position;
                foreach (var token in tokens)
                {
                    phrase.Add(new Term(field, token.Term), token.Position - first);
                }

                fieldQuery = phrase;
            }

            fieldQuery.Boost = boost;
            dismax.Add(fieldQuery);
        }

        return dismax;
    }
}
