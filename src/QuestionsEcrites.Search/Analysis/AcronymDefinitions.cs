using System.Text.RegularExpressions;
using Lucene.Net.Analysis;

namespace QuestionsEcrites.Search.Analysis;

/// <summary>An acronym and the words it stands for, as the exact analysis folds them (« fco », « fievre catarrhale ovine »).</summary>
public readonly record struct AcronymDefinition(string Acronym, string Expansion);

/// <summary>
/// Finds the acronyms a text defines, « fièvre catarrhale ovine (FCO) »: capitals in parentheses after words whose
/// initials spell them (articles and prepositions inside the expansion are skipped: « établissements d'hébergement
/// pour personnes âgées dépendantes (EHPAD) »). Only exact initials count, so « la loi (RGPD) » defines nothing.
/// </summary>
public static partial class AcronymDefinitions
{
    /// <summary>How far before the parenthesis the words are read: longer than any expansion of eight letters.</summary>
    private const int WindowChars = 200;

    /// <summary>Small words an expansion may hold without giving a letter.</summary>
    private static readonly HashSet<string> Linking = new(StringComparer.Ordinal)
    {
        "de", "des", "du", "la", "le", "les", "et", "a", "au", "aux", "pour", "en", "sur", "par", "dans", "d", "l",
    };

    public static IReadOnlyList<AcronymDefinition> Find(string? text, Analyzer exact)
    {
        ArgumentNullException.ThrowIfNull(exact);
        if (string.IsNullOrEmpty(text) || !text.Contains('(', StringComparison.Ordinal))
        {
            return [];
        }

        var found = new List<AcronymDefinition>();
        foreach (Match match in Definition().Matches(text))
        {
            var letters = match.Groups["acronym"].Value.Replace(".", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
            var start = Math.Max(0, match.Index - WindowChars);
            var words = Tokens.Terms(exact, "text_x", text[start..match.Index]);
            if (start > 0 && words.Count > 0)
            {
                words.RemoveAt(0); // perhaps cut by the window
            }

            if (Expansion(words, letters) is { } expansion)
            {
                found.Add(new AcronymDefinition(letters, expansion));
            }
        }

        return found;
    }

    /// <summary>The shortest tail of the words whose significant words' initials are the letters, or null.</summary>
    private static string? Expansion(List<string> words, string letters)
    {
        var next = letters.Length - 1;
        for (var i = words.Count - 1; i >= 0; i--)
        {
            var word = words[i];
            if (Linking.Contains(word) && next < letters.Length - 1)
            {
                continue; // a linking word inside the expansion (never its last word)
            }

            if (word[0] != letters[next])
            {
                return null;
            }

            if (--next < 0)
            {
                return string.Join(' ', words.Skip(i));
            }
        }

        return null;
    }

    // 2 to 8 capitals, dotted or not, in parentheses; the words before it are read from the text.
    [GeneratedRegex(@"\(\s*(?<acronym>(?:\p{Lu}\.?){2,8})\s*\)", RegexOptions.CultureInvariant)]
    private static partial Regex Definition();
}
