using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using QuestionsEcrites.Search.Analysis;
using QuestionsEcrites.Search.Indexing;

namespace QuestionsEcrites.Search.Querying;

/// <summary>
/// Turns a <see cref="UserQuery"/> into a Lucene query over weighted fields (title above question text above
/// answer above names), with the terms to highlight. Words match stemmed fields; phrases and prefixes match the
/// folded, unstemmed fields, so <c>"prime Ségur"</c> does not match « primes Ségur ».
/// </summary>
public sealed class TextQueryBuilder(Analyzer stemmed, Analyzer exact)
{
    /// <summary>Each text field's weight, with its stemmed and its exact (unstemmed) variant: one table for both.</summary>
    private static readonly (string Stemmed, string Exact, float Boost)[] FieldWeights =
    [
        (IndexFields.Title, IndexFields.TitleExact, 3f),
        (IndexFields.Text, IndexFields.TextExact, 1f),
        (IndexFields.Answer, IndexFields.AnswerExact, 0.8f),
        (IndexFields.Meta, IndexFields.MetaExact, 0.5f),
    ];

    private static readonly (string Field, float Boost)[] StemmedFields = [.. FieldWeights.Select(w => (w.Stemmed, w.Boost))];

    private static readonly (string Field, float Boost)[] ExactFields = [.. FieldWeights.Select(w => (w.Exact, w.Boost))];

    /// <summary>The query, or null when nothing searchable remains (only stop words, or only operators).</summary>
    public (Query? Query, HighlightTerms Highlight) Build(UserQuery userQuery)
    {
        ArgumentNullException.ThrowIfNull(userQuery);
        var stemmedTerms = new HashSet<string>(StringComparer.Ordinal);
        var exactTerms = new HashSet<string>(StringComparer.Ordinal);
        var prefixes = new List<string>();
        var query = new BooleanQuery();
        var required = 0;

        foreach (var group in userQuery.Required)
        {
            var alternatives = group
                .Select(clause => Clause(clause, stemmedTerms, exactTerms, prefixes))
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

        return (query, new HighlightTerms(stemmedTerms, exactTerms, prefixes));
    }

    private Query? Clause(UserClause clause, HashSet<string>? stemmedTerms, HashSet<string>? exactTerms, List<string>? prefixes)
    {
        switch (clause.Kind)
        {
            case UserClauseKind.Word:
            {
                var tokens = Tokens.Analyze(stemmed, IndexFields.Text, clause.Text);
                stemmedTerms?.UnionWith(tokens.Select(t => t.Term));
                return AcrossFields(StemmedFields, tokens);
            }

            case UserClauseKind.Phrase:
            {
                var tokens = Tokens.Analyze(exact, IndexFields.TextExact, clause.Text);
                exactTerms?.UnionWith(tokens.Select(t => t.Term));
                return AcrossFields(ExactFields, tokens);
            }

            default:
            {
                var tokens = Tokens.Analyze(exact, IndexFields.TextExact, clause.Text);
                if (tokens.Count == 0 || tokens[^1].Term.Length < 2)
                {
                    return null;
                }

                var prefix = tokens[^1].Term;
                prefixes?.Add(prefix);
                exactTerms?.UnionWith(tokens.SkipLast(1).Select(t => t.Term));
                var dismax = new DisjunctionMaxQuery(0.1f);
                foreach (var (field, boost) in ExactFields)
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
