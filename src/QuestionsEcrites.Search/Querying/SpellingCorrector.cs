using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using QuestionsEcrites.Search.Analysis;
using QuestionsEcrites.Search.Indexing;

namespace QuestionsEcrites.Search.Querying;

/// <summary>
/// Proposes a spelling for the words of a query that the index does not hold, from the index's own term dictionary
/// (Lucene's <see cref="FuzzyTermsEnum"/>, a Levenshtein automaton over the terms): the closest frequent spelling, one
/// edit away for short words and two for long ones. A word the index holds in any text field is never corrected, nor
/// a word inside quotes, a prefix or an exclusion: only the plain words the user typed.
/// </summary>
public static class SpellingCorrector
{
    /// <summary>Shorter words are left as typed: too many words lie one edit away.</summary>
    public const int MinLength = 4;

    /// <summary>A candidate must stand this many times in the text fields' document frequencies to be offered.</summary>
    public const int MinDocFreq = 2;

    private static readonly string[] HeldIn = [IndexFields.TextExact, IndexFields.TitleExact, IndexFields.AnswerExact, IndexFields.MetaExact];

    private static readonly string[] CandidatesFrom = [IndexFields.TextExact, IndexFields.TitleExact, IndexFields.MetaExact];

    /// <summary>How many spellings of a word are tried, best first, until one finds questions with the other words.</summary>
    public const int MaxTries = 3;

    /// <summary>The query's text with its unknown words replaced, or null when no word needs or finds a correction.</summary>
    public static string? Correct(IndexReader reader, QueryAnalyzers analyzers, string text, UserQuery query) =>
        Corrections(reader, analyzers, text, query).FirstOrDefault();

    /// <summary>
    /// Up to <see cref="MaxTries"/> corrected texts, best first: the k-th gives each unknown word its k-th closest
    /// frequent spelling (or its last one), so that the searcher can keep the first that finds questions.
    /// </summary>
    public static IReadOnlyList<string> Corrections(IndexReader reader, QueryAnalyzers analyzers, string text, UserQuery query)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(analyzers);
        ArgumentNullException.ThrowIfNull(query);
        var replacements = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var group in query.Required)
        {
            if (group is not [{ Kind: UserClauseKind.Word } word])
            {
                continue;
            }

            var tokens = Tokens.Terms(analyzers.ExactParts, IndexFields.TextExact, word.Text);
            if (tokens is not [var term] || term.Length < MinLength || IsHeld(reader, term) || !term.All(char.IsLetter))
            {
                continue;
            }

            if (Candidates(reader, term) is { Count: > 0 } candidates)
            {
                replacements[word.Text] = candidates;
            }
        }

        if (replacements.Count == 0)
        {
            return [];
        }

        var tries = replacements.Values.Max(c => c.Count);
        return Enumerable.Range(0, tries)
            .Select(k => Replace(text, replacements.ToDictionary(r => r.Key, r => r.Value[Math.Min(k, r.Value.Count - 1)], StringComparer.Ordinal)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    private static bool IsHeld(IndexReader reader, string term) =>
        HeldIn.Any(field => reader.DocFreq(new Term(field, term)) > 0);

    /// <summary>
    /// The fewest edits first, then the most frequent (its document frequency summed over the text fields: a word of
    /// one question's title and another's text counts twice); ties in both keep the alphabetical first.
    /// </summary>
    private static List<string> Candidates(IndexReader reader, string term)
    {
        var maxEdits = term.Length >= 8 ? 2 : 1;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var found = new List<(string Term, int Edits, int DocFreq)>();
        foreach (var field in CandidatesFrom)
        {
            var terms = MultiFields.GetTerms(reader, field);
            if (terms is null)
            {
                continue;
            }

            // Prefix 1: typos rarely touch the first letter, and the automaton then reads far fewer terms.
            var candidates = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(field, term), maxEdits, 1, transpositions: true);
            while (candidates.MoveNext())
            {
                var spelled = candidates.Term.Utf8ToString();
                if (!seen.Add(spelled))
                {
                    continue;
                }

                var docFreq = HeldIn.Sum(f => reader.DocFreq(new Term(f, spelled)));
                if (docFreq < MinDocFreq)
                {
                    continue;
                }

                found.Add((spelled, Distance(term, spelled), docFreq));
            }
        }

        return found
            .OrderBy(c => c.Edits)
            .ThenByDescending(c => c.DocFreq)
            .ThenBy(c => c.Term, StringComparer.Ordinal)
            .Take(MaxTries)
            .Select(c => c.Term)
            .ToList();
    }

    /// <summary>Edits between two words, a swap of neighbours counting one (optimal string alignment).</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>The text with each replaced word swapped where it stands outside quotes; the rest as typed.</summary>
    private static string Replace(string text, Dictionary<string, string> replacements)
    {
        var result = new StringBuilder(text.Length + 8);
        var inQuotes = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"')
            {
                inQuotes = !inQuotes;
                result.Append(c);
                i++;
                continue;
            }

            if (char.IsWhiteSpace(c) || inQuotes)
            {
                result.Append(c);
                i++;
                continue;
            }

            var end = i;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != '"')
            {
                end++;
            }

            var word = text[i..end];
            result.Append(replacements.TryGetValue(word, out var corrected) ? corrected : word);
            i = end;
        }

        return result.ToString();
    }
}
