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
