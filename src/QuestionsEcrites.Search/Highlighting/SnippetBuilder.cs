using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using QuestionsEcrites.Search.Analysis;
using QuestionsEcrites.Search.Indexing;
using QuestionsEcrites.Search.Querying;

namespace QuestionsEcrites.Search.Highlighting;

/// <summary>
/// Builds search snippets without Lucene's highlighter: re-analyses a text with the index's analyzers (once for
/// both when the query has stemmed and exact terms, see <see cref="TwinAnalysis"/>), keeps each matched token's
/// character offsets, picks the window of about <see cref="DefaultLength"/> characters with the most
/// distinct matched terms, and marks the matches. Everything is HTML-encoded except the <c>&lt;mark&gt;</c> tags.
/// </summary>
public sealed class SnippetBuilder : IDisposable
{
    public const int DefaultLength = 240;

    private readonly Analyzer _stemmed = FrenchAnalyzers.Stemmed();
    private readonly Analyzer _exact = FrenchAnalyzers.Exact();

    /// <summary>The best passage among <paramref name="texts"/> (question, then answer), or null when none matches.</summary>
    public string? Build(HighlightTerms terms, IEnumerable<string?> texts, int length = DefaultLength)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(texts);
        if (terms.IsEmpty)
        {
            return null;
        }

        (string Text, List<(int Start, int End, string Key)> Matches, int Start, int End, int Score)? best = null;
        foreach (var text in texts)
        {
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            var matches = FindMatches(terms, text);
            if (matches.Count == 0)
            {
                continue;
            }

            var (start, end, score) = BestWindow(text, matches, length);
            if (best is null || score > best.Value.Score)
            {
                best = (text, matches, start, end, score);
            }
        }

        return best is { } b ? Render(b.Text, b.Matches, b.Start, b.End) : null;
    }

    /// <summary>The whole text, HTML-encoded, with every match marked.</summary>
    public string MarkAll(HighlightTerms terms, string text)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(text);
        var matches = terms.IsEmpty ? [] : FindMatches(terms, text);
        return Render(text, matches, 0, text.Length);
    }

    /// <summary>The opening of a text, encoded, for hits whose match lies elsewhere (title, names).</summary>
    public static string Opening(string text, int length = DefaultLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        var flat = text.Replace("\n\n", " ", StringComparison.Ordinal);
        if (flat.Length <= length)
        {
            return Encode(flat);
        }

        var cut = flat.LastIndexOf(' ', length);
        return Encode(flat[..(cut > length / 2 ? cut : length)]) + " …";
    }

    public void Dispose()
    {
        _stemmed.Dispose();
        _exact.Dispose();
    }

    private List<(int Start, int End, string Key)> FindMatches(HighlightTerms terms, string text)
    {
        var matches = new Dictionary<int, (int Start, int End, string Key)>();
        var stemmed = terms.Stemmed.Count > 0;
        var exact = terms.Exact.Count > 0 || terms.Prefixes.Count > 0;
        if (stemmed && exact)
        {
            // Both passes: the shared head (tokenizer to lower case, most of the cost) runs once for the two tails.
            var twin = new TwinAnalysis(text);
            Collect(twin.StemmedStream(), terms.Stemmed, [], matches);
            Collect(twin.ExactStream(), terms.Exact, terms.Prefixes, matches);
        }
        else if (stemmed)
        {
            Collect(_stemmed.GetTokenStream(IndexFields.Text, text), terms.Stemmed, [], matches);
        }
        else if (exact)
        {
            Collect(_exact.GetTokenStream(IndexFields.TextExact, text), terms.Exact, terms.Prefixes, matches);
        }

        return matches.Values.OrderBy(m => m.Start).ToList();
    }

    /// <summary>
    /// The stream's tokens that are one of <paramref name="terms"/> or start with one of <paramref name="prefixes"/>,
    /// by start offset (a later pass replaces an earlier one's match). Terms are looked up from the token's own
    /// buffer: no string per token, only per match.
    /// </summary>
    private static void Collect(TokenStream stream, IReadOnlySet<string> terms, IReadOnlyList<string> prefixes, Dictionary<int, (int Start, int End, string Key)> matches)
    {
        using (stream)
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup = default;
            var bySpan = terms is HashSet<string> set && set.TryGetAlternateLookup(out lookup);
            stream.Reset();
            while (stream.IncrementToken())
            {
                var chars = term.Buffer.AsSpan(0, term.Length);
                string? key = null;
                if (bySpan ? lookup.TryGetValue(chars, out key) : terms.Contains(key = term.ToString()))
                {
                    matches[offset.StartOffset] = (offset.StartOffset, offset.EndOffset, key!);
                    continue;
                }

                for (var p = 0; p < prefixes.Count; p++)
                {
                    if (chars.StartsWith(prefixes[p], StringComparison.Ordinal))
                    {
                        matches[offset.StartOffset] = (offset.StartOffset, offset.EndOffset, key ?? term.ToString());
                        break;
                    }
                }
            }

            stream.End();
        }
    }

    /// <summary>The window with the most distinct terms, then the most matches; it starts at a sentence or word start.</summary>
    private static (int Start, int End, int Score) BestWindow(string text, List<(int Start, int End, string Key)> matches, int length)
    {
        var bestStart = 0;
        var bestScore = -1;
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < matches.Count; i++)
        {
            var windowEnd = matches[i].Start + length;
            distinct.Clear();
            var count = 0;
            for (var j = i; j < matches.Count && matches[j].End <= windowEnd; j++)
            {
                distinct.Add(matches[j].Key);
                count++;
            }

            var score = (distinct.Count * 1000) + count;
            if (score > bestScore)
            {
                bestScore = score;
                bestStart = matches[i].Start;
            }
        }

        // Start a little before the first match, at a word boundary, to give context.
        var start = Math.Max(0, bestStart - (length / 4));
        var sentence = text.LastIndexOfAny(['.', '!', '?', '\n'], Math.Max(0, bestStart - 1));
        if (sentence >= 0 && sentence + 1 >= start && sentence < bestStart)
        {
            start = sentence + 1;
        }
        else if (start > 0)
        {
            var space = text.IndexOf(' ', start);
            start = space >= 0 && space < bestStart ? space + 1 : start;
        }

        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var end = Math.Min(text.Length, start + length);
        if (end < text.Length)
        {
            var space = text.LastIndexOf(' ', end);
            end = space > bestStart ? space : end;
        }

        return (start, end, bestScore);
    }

    private static string Render(string text, List<(int Start, int End, string Key)> matches, int start, int end)
    {
        var html = new StringBuilder();
        if (start > 0)
        {
            html.Append("… ");
        }

        var position = start;
        foreach (var (matchStart, matchEnd, _) in matches)
        {
            if (matchStart < position || matchEnd > end)
            {
                continue;
            }

            html.Append(Encode(text[position..matchStart]));
            html.Append("<mark>").Append(Encode(text[matchStart..matchEnd])).Append("</mark>");
            position = matchEnd;
        }

        html.Append(Encode(text[position..end]));
        if (end < text.Length)
        {
            html.Append(" …");
        }

        return html.ToString();
    }

    /// <summary>Encodes the five HTML-significant characters only, so French text stays readable.</summary>
    private static string Encode(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                case '\n': builder.Append(' '); break;
                default: builder.Append(c); break;
            }
        }

        return builder.ToString().Replace("  ", " ", StringComparison.Ordinal);
    }
}
