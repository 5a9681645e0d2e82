using System.Text;
using AngleSharp.Dom;
using QuestionsEcrites.Domain.Text;

namespace QuestionsEcrites.Import.Parsing.Html;

/// <summary>
/// Turns HTML content into plain-text blocks (one per paragraph, heading, list item or table row), keeping the
/// structure a reader needs: list items as « - item », table rows as « cell | cell ».
/// </summary>
public static class HtmlText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "button", "select", "form", "iframe", "head",
    };

    // The page's chrome, by tag, ARIA role or class/id word: never part of a question's or an answer's text.
    private static readonly HashSet<string> ChromeTags = new(StringComparer.OrdinalIgnoreCase) { "nav", "footer" };

    private static readonly HashSet<string> ChromeRoles = new(StringComparer.OrdinalIgnoreCase) { "navigation", "contentinfo", "banner", "search" };

    private static readonly HashSet<string> ChromeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "footer", "breadcrumb", "breadcrumbs", "ariane", "share", "sharing", "partage", "social", "cookie", "cookies",
        "newsletter", "skiplink", "skiplinks", "toolbar", "noprint",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "body", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6",
        "ul", "ol", "li", "table", "thead", "tbody", "tfoot", "tr", "dl", "dt", "dd", "pre", "header", "footer", "aside", "center", "hr", "caption",
    };

    /// <summary>The blocks of <paramref name="root"/>, each cleaned, empty ones dropped.</summary>
    public static List<string> BlocksOf(INode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var blocks = new List<string>();
        var current = new StringBuilder();
        Walk(root, blocks, current);
        Flush(blocks, current);
        return blocks;
    }

    /// <summary>The inline text of one element, &lt;br&gt; as line breaks, whitespace collapsed per line.</summary>
    public static string InlineOf(INode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return string.Join('\n', BlocksOf(node));
    }

    private static void Walk(INode node, List<string> blocks, StringBuilder current)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    current.Append(text.Data);
                    break;
                case IElement element when Skipped.Contains(element.LocalName) || IsChrome(element):
                    break;
                case IElement { LocalName: "br" }:
                    Flush(blocks, current);
                    break;
                case IElement { LocalName: "tr" } row:
                    Flush(blocks, current);
                    AddRow(row, blocks);
                    break;
                case IElement { LocalName: "li" } item:
                    Flush(blocks, current);
                    var itemText = InlineText.CollapseWhitespace(string.Join(' ', BlocksOf(item)));
                    if (itemText.Length > 0)
                    {
                        blocks.Add(TextStructure.ItemMark + itemText);
                    }

                    break;
                case IElement element when Blocks.Contains(element.LocalName):
                    Flush(blocks, current);
                    Walk(element, blocks, current);
                    Flush(blocks, current);
                    break;
                case IElement element:
                    Walk(element, blocks, current);
                    break;
            }
        }
    }

    /// <summary>
    /// A row of label cells (« Rubrique > santé », « Question publiée au JO le : … ») gives a line per cell; a row
    /// of data (a table in an answer) gives one line, cells separated by « | ».
    /// </summary>
    private static void AddRow(IElement row, List<string> blocks)
    {
        var cells = row.Children
            .Where(c => c.LocalName is "td" or "th")
            .Select(c => InlineText.CollapseWhitespace(string.Join(' ', BlocksOf(c))))
            .Where(c => c.Length > 0)
            .ToList();
        if (cells.Count == 0)
        {
            return;
        }

        if (cells.Any(c => c.Contains(" > ", StringComparison.Ordinal) || c.Contains(':', StringComparison.Ordinal)) || cells.Count == 1)
        {
            blocks.AddRange(cells);
        }
        else
        {
            blocks.Add(string.Join(TextStructure.CellSeparator, cells));
        }
    }

    /// <summary>Navigation, header banner, footer, sharing and cookie blocks, marked as such by the page.</summary>
    public static bool IsChrome(IElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        if (ChromeTags.Contains(element.LocalName)
            || element.GetAttribute("role") is { } role && ChromeRoles.Contains(role)
            || element.GetAttribute("aria-hidden") == "true")
        {
            return true;
        }

        var names = $"{element.GetAttribute("class")} {element.Id}";
        if (names.Contains("print-exclude", StringComparison.OrdinalIgnoreCase) || names.Contains("site-header", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var word in names.Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (ChromeWords.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    private static void Flush(List<string> blocks, StringBuilder current)
    {
        var text = InlineText.CollapseWhitespace(current.ToString().Replace('\u00A0', ' '));
        current.Clear();
        if (text.Length > 0)
        {
            blocks.Add(text);
        }
    }
}
