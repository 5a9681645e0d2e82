using System.Text.RegularExpressions;

namespace QuestionsEcrites.Import.Parsing.Labels;

/// <summary>The shapes of a page's structural lines, shared by the text and HTML readers.</summary>
public static partial class LinePatterns
{
    /// <summary>« 17ème législature », « Législature : 16 ».</summary>
    [GeneratedRegex(@"^(?:(?<n>[0-9]{1,2})\s*(?:e|è|ème|eme|ième|ieme|em)?\s*l[ée]gislature|l[ée]gislature\s*:?\s*(?<n>[0-9]{1,2})(?:\s*(?:e|è|ème|eme))?)\.?$", RegexOptions.IgnoreCase)]
    public static partial Regex Legislature();

    /// <summary>« Question écrite n° 1223 », « Question au Gouvernement n°1 : Titre ».</summary>
    [GeneratedRegex(@"^question\s*(?<kind>[ée]crite|au\s+gouvernement|orale\s+sans\s+d[ée]bat|orale)?\s*n\s*[°º˚o]?\s*\.?\s*:?\s*(?<n>[0-9]{1,6})\b(?:\s*[:\-–—]\s*(?<title>.+))?\s*$", RegexOptions.IgnoreCase)]
    public static partial Regex Identifier();

    /// <summary>« Label : value », and the older layout's « Label > value ».</summary>
    [GeneratedRegex(@"^(?<label>[^:>]{1,80}?)\s*(?::|>)\s*(?<value>.*)$")]
    public static partial Regex Label();
}
