using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using QuestionsEcrites.Search.Indexing;

namespace QuestionsEcrites.Search.Querying;

/// <summary>
/// The query of « Questions proches »: a text's most telling stemmed words (term frequency × inverse document
/// frequency, as Lucene's MoreLikeThis weighs them), OR-ed with boosts relative to the best one. Built for a large,
/// many-segment index: MoreLikeThis asks the composite reader for each word's document frequency, in every field,
/// which opens a term enumerator per segment per word (at a million questions and twenty segments, 38 MB and
/// most of a question page's time); here one enumerator per segment is reused for every word, and only the text
/// field is read (a title's words are in the text field's dictionary too, with a larger frequency, which is the
/// field MoreLikeThis kept).
/// </summary>
internal static class LikeQuery
{
    /// <summary>Words analysed at most (MoreLikeThis's default): a 500,000-character text stays bounded.</summary>
    public const int MaxTokensParsed = 5_000;

    public static Query? Build(IndexReader reader, Analyzer analyzer, string text, LikeOptions options)
    {
        var frequencies = TermFrequencies(analyzer, text);
        var numDocs = reader.NumDocs;
        var maxTerms = options.MaxTerms;
        var maxDocShare = numDocs >= options.MinDocsForDocShare ? options.MaxDocShare : 1.0;
        var maxDocFreq = maxDocShare >= 1 ? int.MaxValue : (int)Math.Max(2, numDocs * maxDocShare);
        var enumerators = reader.Leaves
            .Select(leaf => leaf.AtomicReader.GetTerms(IndexFields.Text)?.GetEnumerator())
            .Where(e => e is not null)
            .ToArray();

        // The best maxTerms words by score, kept in a min-heap on the score.
        var best = new PriorityQueue<(string Word, float Score), float>(maxTerms + 1);
        var bytes = new BytesRef();
        foreach (var (word, tf) in frequencies)
        {
            bytes.CopyChars(word);
            var docFreq = 0;
            foreach (var terms in enumerators)
            {
                if (terms!.SeekExact(bytes))
                {
                    docFreq += terms.DocFreq;
                }
            }

            // A word of one question says nothing of another; a word of a large share of them, nothing of a subject.
            if (docFreq < 2 || docFreq > maxDocFreq)
            {
                continue;
            }

            var score = (float)(tf * (Math.Log(numDocs / (double)(docFreq + 1)) + 1.0));
            best.Enqueue((word, score), score);
            if (best.Count > maxTerms)
            {
                best.Dequeue();
            }
        }

        // Fewer telling words than a like question must share: nothing is « proche ».
        if (best.Count == 0 || best.Count < options.MinimumSharedWords)
        {
            return null;
        }

        var chosen = new List<(string Word, float Score)>(best.Count);
        while (best.TryDequeue(out var entry, out _))
        {
            chosen.Add(entry);
        }

        var top = chosen[^1].Score;
        // As Elasticsearch's more_like_this: a like question shares at least a share of the words, which also lets
        // the scorer skip the documents that hold only one of them (most of a frequent word's list).
        var query = new BooleanQuery { MinimumNumberShouldMatch = Math.Max(options.MinimumSharedWords, (int)(chosen.Count * options.MinimumShouldMatchShare)) };
        foreach (var (word, score) in chosen)
        {
            query.Add(new TermQuery(new Term(IndexFields.Text, word)) { Boost = score / top }, Occur.SHOULD);
        }

        return query;
    }

    private static Dictionary<string, int> TermFrequencies(Analyzer analyzer, string text)
    {
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        using var stream = analyzer.GetTokenStream(IndexFields.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        for (var parsed = 0; parsed < MaxTokensParsed && stream.IncrementToken(); parsed++)
        {
            var word = term.ToString();
            frequencies[word] = frequencies.GetValueOrDefault(word) + 1;
        }

        stream.End();
        return frequencies;
    }
}
