using System.Text.RegularExpressions;

namespace QuestionsEcrites.Domain.Text;

/// <summary>
/// One canonical name per ministry, so that « Ministère de l'intérieur », « Intérieur » and « ministère de
/// l’Intérieur » share one entry for browsing and statistics (each question keeps the label it was published with).
/// </summary>
public static partial class MinistryNames
{
    /// <summary>« Ministère de l'intérieur » → « Intérieur »; « Santé et accès aux soins » stays as it is.</summary>
    public static string Canonical(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var name = Apostrophes.Straighten(label.Trim()).TrimEnd('.');
        var stripped = Prefix().Replace(name, string.Empty).Trim();
        if (stripped.Length == 0)
        {
            stripped = name;
        }

        return FrenchText.UpperFirst(stripped);
    }

    public static string Slug(string label) => Slugs.From(Canonical(label));

    // « Ministère de l' », « Ministère des », « Ministre délégué chargé du », « Secrétariat d'État chargé de la »…
    [GeneratedRegex(@"^(?:(?:le|la|l')\s*)?(?:minist[eè]re|ministre|secr[ée]tariat d'[ée]tat|secr[ée]taire d'[ée]tat)(?:\s+d[ée]l[ée]gu[ée]e?)?(?:\s+charg[ée]e?)?\s*(?:de la\s+|de l'|des\s+|du\s+|de\s+|d'|à la\s+|à l'|aux\s+|au\s+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Prefix();
}
