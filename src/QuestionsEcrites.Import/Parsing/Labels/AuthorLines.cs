using System.Globalization;
using System.Text.RegularExpressions;

namespace QuestionsEcrites.Import.Parsing.Labels;

/// <summary>How an author's line and a circonscription line are read, whichever layout wrote them.</summary>
public static partial class AuthorLines
{
    /// <summary>« Mme Marie-Pierre Rixain (Ile-de-France - Renaissance) », « M. Jean Dupont », « Jean Dupont ».</summary>
    public static DraftAuthorLine ReadAuthor(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        string? civility = null;
        var name = line;
        if (CivilityPattern().Match(line) is { Success: true } match)
        {
            civility = NormalizeCivility(match.Groups["civility"].Value);
            name = match.Groups["name"].Value.Trim();
        }

        string? department = null;
        string? group = null;
        if (AuthorPlacePattern().Match(name) is { Success: true } place)
        {
            name = place.Groups["name"].Value.Trim();
            (department, group) = SplitPlace(place.Groups["place"].Value);
        }

        return new DraftAuthorLine(line, civility, name, department, group);
    }

    /// <summary>
    /// « Rhône (3e circonscription) - Écologiste et Social », or a place and a group: « Nord - Renaissance ». Either
    /// side may be missing: « - RPR » is a group without a department, « Nord - » a department without a group,
    /// « (3e circonscription) - RPR » a number without a department.
    /// </summary>
    public static DraftCirconscription ReadCirconscription(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = line.Trim();
        if (CirconscriptionPattern().Match(text) is { Success: true } circ)
        {
            return new DraftCirconscription(
                NullIfEmpty(circ.Groups["department"].Value),
                int.Parse(circ.Groups["number"].Value, CultureInfo.InvariantCulture),
                NullIfEmpty(circ.Groups["group"].Value));
        }

        var (department, group) = SplitPlace(text);
        return new DraftCirconscription(department, null, group);
    }

    /// <summary>
    /// « Nord - Renaissance » → a department and a group; a dash at either end (« - RPR », « Nord - ») or with a
    /// space on one side only (« Nord -Renaissance ») still separates, and the side it leaves empty is missing.
    /// </summary>
    private static (string? Department, string? Group) SplitPlace(string text)
    {
        var parts = DashSeparator().Split(text.Trim(), 2);
        return (NullIfEmpty(parts[0]), parts.Length > 1 ? NullIfEmpty(parts[1]) : null);
    }

    /// <summary>« Monsieur », « M », « m. » → « M. »; « Madame » → « Mme ».</summary>
    public static string NormalizeCivility(string civility) => LabelVocabulary.Key(civility) switch
    {
        "m" or "monsieur" => "M.",
        "mme" or "madame" => "Mme",
        "mlle" or "mademoiselle" => "Mlle",
        _ => civility,
    };

    internal static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    // « M. Jean », « Mme Marie », « Monsieur Jean », and without the space after the dot: « M.Jean ».
    [GeneratedRegex(@"^(?:(?<civility>Mme|Mlle|M)\.\s*|(?<civility>Mme|Mlle|Monsieur|Madame|Mademoiselle|M)\s+)(?<name>\p{L}.*)$")]
    private static partial Regex CivilityPattern();

    [GeneratedRegex(@"^(?<department>.*?)\s*\(\s*(?<number>[0-9]{1,2})\s*(?:er|ère|ere|re|ème|eme|ième|ieme|e)?\s*(?:circonscription|circ\.?)?\s*\)\s*(?:[-–—]\s*)?(?<group>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex CirconscriptionPattern();

    [GeneratedRegex(@"^(?<name>[^()]+?)\s*\((?<place>[^()]+)\)$")]
    private static partial Regex AuthorPlacePattern();

    // Names contain « - » without spaces (« Seine-Saint-Denis », « Les Républicains-Union »); the separator has a space
    // on at least one side, or stands at either end.
    [GeneratedRegex(@"\s+[-–—]\s*|\s*[-–—]\s+|^[-–—]|[-–—]$")]
    private static partial Regex DashSeparator();
}
