using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace QuestionsEcrites.Import.Parsing.Html;

/// <summary>
/// Parses the Assemblée's question pages: the current layout (www.assemblee-nationale.fr/dyn/{leg}/questions/…) and
/// the older one (questions.assemblee-nationale.fr/q{leg}/{leg}-{n}QE.htm). The page becomes structured text blocks
/// in the seed format, and the text parser extracts the fields: one set of rules for every format.
/// </summary>
public static class HtmlQuestionParser
{
    public static ParseResult<ParsedQuestion> Parse(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = new HtmlParser().ParseDocument(html);
        var text = ToQuestionText(document);
        return text is null
            ? ParseResult<ParsedQuestion>.Failure("page HTML qui n'est pas une question de l'Assemblée (ni « Question écrite n° », ni « Texte de la question », ni « Données clés »)")
            : TextQuestionParser.Parse(text);
    }

    /// <summary>The page as seed-format text, or null when it is not a question page.</summary>
    public static string? ToQuestionText(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return CurrentLayout(document) ?? OlderLayout(document);
    }

    /// <summary>The current site: a « question » block with a title, the question and answer, and « Données clés ».</summary>
    private static string? CurrentLayout(IDocument document)
    {
        var block = document.QuerySelector("._style-question") ?? document.QuerySelector("main");
        var title = block?.QuerySelector(".title .h4, .title h1");
        if (block is null || title is null)
        {
            return null;
        }

        var text = new StringBuilder();
        void Line(string line) => text.Append(line).Append("\n\n");

        var legislature = block.QuerySelectorAll("span, div, p").FirstOrDefault(e => e.Children.Length == 0 && e.TextContent.Contains("gislature", StringComparison.OrdinalIgnoreCase));
        if (legislature is not null)
        {
            Line(HtmlText.InlineOf(legislature));
        }

        // « Question écrite n°200 : Agriculture biologique » carries both the number and the title.
        Line(InlineText.CollapseWhitespace(title.TextContent));

        var author = block.QuerySelectorAll("p").FirstOrDefault(p => p.TextContent.TrimStart().StartsWith("Question de", StringComparison.OrdinalIgnoreCase));
        var answerHeading = block.QuerySelector("p._colored-green") ?? block.QuerySelectorAll("p").FirstOrDefault(p => p.TextContent.TrimStart().StartsWith("Réponse publiée", StringComparison.OrdinalIgnoreCase));
        if (author is not null)
        {
            Line(HtmlText.InlineOf(author));
            Line("Texte de la question");
            foreach (var paragraph in FollowingBlocks(author))
            {
                Line(paragraph);
            }
        }

        if (answerHeading is not null)
        {
            var answer = FollowingBlocks(answerHeading).ToList();
            if (answer.Count > 0)
            {
                Line("Texte de la réponse");
                answer.ForEach(Line);
            }
        }

        Line("Données clés");
        foreach (var row in block.QuerySelectorAll("p.h6"))
        {
            var deputy = row.QuerySelector("[data-document-id^='PA']")?.GetAttribute("data-document-id");
            if (row.TextContent.TrimStart().StartsWith("Dates", StringComparison.OrdinalIgnoreCase))
            {
                continue; // the publication links above give the same dates with their pages
            }

            Line(InlineText.CollapseWhitespace(row.TextContent));
            if (deputy is not null)
            {
                Line("Identifiant : " + deputy);
            }
        }

        Line("Date(s) clé(s)");
        foreach (var link in block.QuerySelectorAll("a, p, span").Where(e => e.Children.Length == 0 && e.TextContent.TrimStart().StartsWith("Publication de la", StringComparison.OrdinalIgnoreCase)))
        {
            Line(InlineText.CollapseWhitespace(link.TextContent));
        }

        foreach (var row in block.QuerySelectorAll("p.h6").Where(r => r.TextContent.TrimStart().StartsWith("Dates", StringComparison.OrdinalIgnoreCase)))
        {
            foreach (var date in row.QuerySelectorAll("span"))
            {
                Line(InlineText.CollapseWhitespace(date.TextContent));
            }
        }

        return text.ToString();
    }

    /// <summary>The older site: label rows and « Texte de la question » / « Texte de la réponse » headings, read as blocks.</summary>
    private static string? OlderLayout(IDocument document)
    {
        if (document.Body is null)
        {
            return null;
        }

        var blocks = HtmlText.BlocksOf(document.Body);
        var joined = string.Join("\n\n", blocks);
        var looksLikeQuestion = blocks.Any(b => b.StartsWith("Texte de la question", StringComparison.OrdinalIgnoreCase))
            || (blocks.Any(b => b.Contains("gislature", StringComparison.OrdinalIgnoreCase)) && blocks.Any(b => b.StartsWith("Question", StringComparison.OrdinalIgnoreCase) && b.Any(char.IsAsciiDigit)));
        return looksLikeQuestion ? joined : null;
    }

    /// <summary>The text blocks of the siblings after <paramref name="start"/>, up to the end of its container.</summary>
    private static IEnumerable<string> FollowingBlocks(IElement start)
    {
        for (var sibling = start.NextElementSibling; sibling is not null; sibling = sibling.NextElementSibling)
        {
            foreach (var block in HtmlText.BlocksOf(sibling))
            {
                yield return block;
            }
        }
    }
}
