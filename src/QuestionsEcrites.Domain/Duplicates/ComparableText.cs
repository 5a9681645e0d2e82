using System.Text.RegularExpressions;
using QuestionsEcrites.Domain.Text;

namespace QuestionsEcrites.Domain.Duplicates;

/// <summary>
/// A question's text as near-duplicate detection compares it: the salutation removed (« M. X attire l'attention de
/// Mme la ministre de … sur » — what differs between deputies tabling the same text), the author's own name removed,
/// then folded words (lower case, no accents, no punctuation) without the pronouns that follow the author's gender.
/// </summary>
public static partial class ComparableText
{
    /// <summary>The salutation is looked for in the opening only: a « sur » further on belongs to the text.</summary>
    private const int SalutationWithin = 400;

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal)
    {
        "il", "elle", "lui", "m", "mme", "monsieur", "madame", "le", "la", "depute", "deputee",
    };

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "des", "les", "del", "van", "von", "der" };

    public static IReadOnlyList<string> Words(string text, string? authorName = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var body = WithoutSalutation(text);
        // The name's particles (« de », « Le » in « Jérôme de Le Gall ») are words of every text: only the rest goes.
        var names = authorName is null
            ? new HashSet<string>(StringComparer.Ordinal)
            : Word().Matches(Slugs.Fold(authorName)).Select(m => m.Value).Where(w => w.Length > 2 && !Particles.Contains(w)).ToHashSet(StringComparer.Ordinal);
        return Word().Matches(Slugs.Fold(body))
            .Select(m => m.Value)
            .Where(w => !Pronouns.Contains(w) && !names.Contains(w))
            .ToList();
    }

    /// <summary>
    /// The same words as <see cref="Words"/>, as their hashes (<see cref="Hash"/>), read in one pass without a string
    /// per word: what the linker feeds to <see cref="MinHash"/> for every question it compares.
    /// </summary>
    public static List<ulong> WordHashes(string text, string? authorName = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var names = authorName is null ? [] : Words(authorName).Where(w => w.Length > 2 && !Particles.Contains(w)).Select(Hash).ToHashSet();
        var body = WithoutSalutation(text);
        var hashes = new List<ulong>(body.Length / 6);
        var hash = Offset;
        var inWord = false;
        void End()
        {
            if (inWord && !PronounHashes.Contains(hash) && !names.Contains(hash))
            {
                hashes.Add(hash);
            }

            (hash, inWord) = (Offset, false);
        }

        foreach (var c in body)
        {
            var folded = c < Folding.Length ? Folding[c] : null;
            if (folded is null)
            {
                End();
                continue;
            }

            foreach (var f in folded)
            {
                hash = (hash ^ f) * Prime;
            }

            inWord = true;
        }

        End();
        return hashes;
    }

    /// <summary>A folded word's hash (FNV-1a over its characters).</summary>
    public static ulong Hash(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var hash = Offset;
        foreach (var c in word)
        {
            hash = (hash ^ c) * Prime;
        }

        return hash;
    }

    private const ulong Offset = 14695981039346656037UL;

    private const ulong Prime = 1099511628211UL;

    private static readonly HashSet<ulong> PronounHashes = Pronouns.Select(Hash).ToHashSet();

    /// <summary>Each character below U+0250 as it folds into word characters (« É » → « e », « œ » → « oe »), or null for a separator.</summary>
    private static readonly string?[] Folding = BuildFolding();

    private static string?[] BuildFolding()
    {
        var table = new string?[0x250];
        for (var c = 0; c < table.Length; c++)
        {
            var folded = Slugs.Fold(((char)c).ToString());
            table[c] = folded.Length > 0 && folded.All(f => f is >= 'a' and <= 'z' or >= '0' and <= '9') ? folded : null;
        }

        return table;
    }

    /// <summary>The text after « … attire l'attention de … sur », « … interroge … sur », « … appelle … sur »…</summary>
    public static string WithoutSalutation(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var opening = text.Length > SalutationWithin ? text[..SalutationWithin] : text;
        var match = Salutation().Match(opening);
        return match.Success ? text[(match.Index + match.Length)..] : text;
    }

    [GeneratedRegex(@"^\s*(?:M\.|Mme|Monsieur|Madame)\s.*?\b(?:attire|appelle|interroge|alerte|souhaite|sollicite|questionne)\b.*?\bsur\b", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Salutation();

    [GeneratedRegex(@"[a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
