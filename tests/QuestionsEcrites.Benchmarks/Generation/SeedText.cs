using System.Text.RegularExpressions;

namespace QuestionsEcrites.Benchmarks.Generation;

/// <summary>
/// The words of the seed documents' question and answer texts (embedded in this assembly), with their counts and
/// whether each is a proper noun (capitalised where a common word would not be: « Ségur », « Laforcade »).
/// </summary>
internal static partial class SeedText
{
    private static readonly HashSet<string> Civilities = new(StringComparer.Ordinal) { "M", "Mme", "Mlle" };

    /// <summary>Words in order of first appearance, with their count and proper-noun flag.</summary>
    public static IReadOnlyList<(string Word, int Count, bool ProperNoun)> Words()
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        var proper = new HashSet<string>(StringComparer.Ordinal);
        var lowerSeen = new HashSet<string>(StringComparer.Ordinal);
        var tokens = new List<(string Token, bool SentenceStart, bool AfterCivility)>();

        foreach (var text in Texts())
        {
            var sentenceStart = true;
            var afterCivility = false;
            foreach (Match match in TokenPattern().Matches(text))
            {
                var token = match.Value;
                if (token is "." or "!" or "?" or ":")
                {
                    sentenceStart = !afterCivility || token != ".";
                    continue;
                }

                if (Civilities.Contains(token))
                {
                    afterCivility = true;
                    continue;
                }

                tokens.Add((token, sentenceStart, afterCivility));
                if (char.IsLower(token[0]))
                {
                    lowerSeen.Add(token);
                }

                sentenceStart = false;
                afterCivility = false;
            }
        }

        foreach (var (token, sentenceStart, afterCivility) in tokens)
        {
            if (token.Length < 2 || token.All(char.IsDigit))
            {
                continue;
            }

            var word = token;
            if (char.IsUpper(token[0]))
            {
                var lower = token.ToLowerInvariant();
                var acronym = token.Length > 1 && token.Skip(1).Any(char.IsUpper);
                if (lowerSeen.Contains(lower) || (sentenceStart && !acronym && !afterCivility))
                {
                    word = lower;
                }
                else
                {
                    proper.Add(token);
                }
            }

            if (counts.TryGetValue(word, out var count))
            {
                counts[word] = count + 1;
            }
            else
            {
                counts[word] = 1;
                order.Add(word);
            }
        }

        return order.Select(w => (w, counts[w], proper.Contains(w))).ToList();
    }

    /// <summary>The question and answer paragraphs of each seed (the lines between the text headings and « Données clés »).</summary>
    private static IEnumerable<string> Texts()
    {
        var assembly = typeof(SeedText).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("seeds/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var inText = false;
            var paragraphs = new List<string>();
            while (reader.ReadLine() is { } line)
            {
                var heading = line.TrimStart('#', ' ').Trim();
                if (heading.StartsWith("Texte de la", StringComparison.Ordinal))
                {
                    inText = true;
                }
                else if (heading.StartsWith("Données clés", StringComparison.Ordinal))
                {
                    inText = false;
                }
                else if (inText && heading.Length > 0)
                {
                    paragraphs.Add(heading);
                }
            }

            yield return string.Join('\n', paragraphs);
        }
    }

    // Words (letters, inner hyphens; an elided article is its own word: « l'accès » → « l », « accès ») and sentence ends.
    [GeneratedRegex(@"\p{L}[\p{L}\p{M}]*(?:-\p{L}[\p{L}\p{M}]*)*|[.!?:]")]
    private static partial Regex TokenPattern();
}
