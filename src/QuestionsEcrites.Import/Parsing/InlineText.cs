using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace QuestionsEcrites.Import.Parsing;

/// <summary>
/// Cleans one line of a document into plain text: markdown links, emphasis and headings, HTML tags and entities,
/// superscripts (« 5^e », « 1^{re} », « 5&lt;sup&gt;e&lt;/sup&gt; » → « 5e », « 1re »), odd spaces and apostrophes.
/// </summary>
public static partial class InlineText
{
    /// <summary>Normalises line ends and the whitespace characters of web copies (no-break, thin, zero-width).</summary>
    public static string NormalizeDocument(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\r':
                    builder.Append('\n');
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\u00A0' or '\u202F' or '\u2007' or '\u2009' or '\t' or '\f' or '\v':
                    builder.Append(' ');
                    break;
                case '\uFEFF' or '\u200B' or '\u200C' or '\u200D' or '\u00AD':
                    break;
                case '\u2028' or '\u2029':
                    builder.Append('\n');
                    break;
                case 'ᵉ':
                    builder.Append('e');
                    break;
                case 'ʳ':
                    builder.Append('r');
                    break;
                case 'ᵈ':
                    builder.Append('d');
                    break;
                default:
                    builder.Append(char.IsControl(c) && c != '\n' ? ' ' : c);
                    break;
            }
        }

        // Decomposed accents (e + combining acute) would defeat every « é » of the patterns.
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Plain text of one line or paragraph, whitespace collapsed.</summary>
    public static string Clean(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = HeadingMarker().Replace(line, string.Empty);
        text = MarkdownImage().Replace(text, string.Empty);
        text = MarkdownLink().Replace(text, "$1");
        text = Superscript().Replace(text, "${sup}");
        text = HtmlBreak().Replace(text, " ");
        text = HtmlCodeElement().Replace(text, string.Empty);
        text = HtmlTag().Replace(text, string.Empty);
        text = WebUtility.HtmlDecode(text);
        text = Emphasis().Replace(text, string.Empty);
        text = StarEmphasis().Replace(text, "$1");
        text = UnderscoreEmphasis().Replace(text, "$1");
        text = StarListItem().Replace(text, "- ");
        text = MarkdownEscape().Replace(text, "$1");
        return CollapseWhitespace(text);
    }

    /// <summary>Trims and folds runs of whitespace (including no-break spaces) into one space.</summary>
    public static string CollapseWhitespace(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Whitespace().Replace(text, " ").Trim();
    }

    // "# Title", "## Texte de la question"; also a quote marker.
    [GeneratedRegex(@"^\s*(?:#{1,6}|>)\s*")]
    private static partial Regex HeadingMarker();

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)")]
    private static partial Regex MarkdownImage();

    // [text](url) and [text](url "title") → text.
    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();

    // 5^e, 1^{re}, 5<sup>e</sup>, 1<sup>er</sup>.
    [GeneratedRegex(@"\^\{(?<sup>[^}]{1,6})\}|\^(?<sup>[\p{L}]{1,4})|<sup>\s*(?<sup>[^<]{1,6}?)\s*</sup>", RegexOptions.IgnoreCase)]
    private static partial Regex Superscript();

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlBreak();

    // Elements whose content is code or a drawing, not text (as the HTML reader skips them): gone with their
    // content. Without backtracking, so that a text full of unclosed « <script> » stays linear.
    [GeneratedRegex(@"<script\b[^>]*>.*?</script\s*>|<style\b[^>]*>.*?</style\s*>|<svg\b[^>]*>.*?</svg\s*>|<iframe\b[^>]*>.*?</iframe\s*>|<object\b[^>]*>.*?</object\s*>|<noscript\b[^>]*>.*?</noscript\s*>|<template\b[^>]*>.*?</template\s*>",
        RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.NonBacktracking)]
    private static partial Regex HtmlCodeElement();

    [GeneratedRegex(@"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")]
    private static partial Regex HtmlTag();

    // **bold**, __bold__ markers; single * or _ are left alone (they occur in real text).
    [GeneratedRegex(@"\*\*|__")]
    private static partial Regex Emphasis();

    // *emphasis* and _emphasis_ around words (not a lone * or snake_case).
    [GeneratedRegex(@"(?<![\w*])\*(?=\S)([^*\n]*?\S)\*(?![\w*])")]
    private static partial Regex StarEmphasis();

    [GeneratedRegex(@"(?<![\w_])_(?=\S)([^_\n]*?\S)_(?![\w_])")]
    private static partial Regex UnderscoreEmphasis();

    // "* item" and "+ item" list markers become "- item".
    [GeneratedRegex(@"^\s*[*+•]\s+")]
    private static partial Regex StarListItem();

    [GeneratedRegex(@"\\([\\`*_{}\[\]()#+\-.!])")]
    private static partial Regex MarkdownEscape();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
