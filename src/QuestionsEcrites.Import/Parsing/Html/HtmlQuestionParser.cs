using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using QuestionsEcrites.Import.Parsing.Text;

namespace QuestionsEcrites.Import.Parsing.Html;

/// <summary>
/// Reads the Assemblée's question pages into a <see cref="QuestionDraft"/>: the current layout
/// (www.assemblee-nationale.fr/dyn/{leg}/questions/…) from its DOM — the question's and the answer's paragraphs
/// straight from their elements, the key-data rows and date links through the labels shared with the text format
/// (<see cref="LabelVocabulary"/>), the deputy's identifier from its attribute — and the older layout
/// (questions.assemblee-nationale.fr/q{leg}/{leg}-{n}QE.htm), a page of label rows and headings, through the text
/// format's line rules, one DOM block at a time.
/// </summary>
public static class HtmlQuestionParser
{
    private const string NotAQuestion = "page HTML qui n'est pas une question de l'Assemblée (ni « Question écrite n° », ni « Texte de la question », ni « Données clés »)";

    public static ParseResult<ParsedQuestion> Parse(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = new HtmlParser().ParseDocument(html);
        return CurrentLayout(document) ?? OlderLayout(document) ?? ParseResult<ParsedQuestion>.Failure(NotAQuestion);
    }

    /// <summary>The current site: a « question » block with a title, the question and answer, and « Données clés ».</summary>
    private static ParseResult<ParsedQuestion>? CurrentLayout(IDocument document)
    {
        var block = document.QuerySelector("._style-question") ?? document.QuerySelector("main");
        var title = block?.QuerySelector(".title .h4, .title h1");
        if (block is null || title is null)
        {
            return null;
        }

        var state = new TextReadState();
        var draft = state.Draft;
        var legislature = block.QuerySelectorAll("span, div, p").FirstOrDefault(e => e.Children.Length == 0 && e.TextContent.Contains("gislature", StringComparison.OrdinalIgnoreCase));
        if (legislature is not null)
        {
            ReadLines(HtmlText.InlineOf(legislature), state);
        }

        // « Question écrite n°200 : Agriculture biologique » carries both the number and the title.
        TextQuestionParser.ReadLine(InlineText.CollapseWhitespace(title.TextContent), state);
        state.EndParagraph();

        var author = block.QuerySelectorAll("p").FirstOrDefault(p => p.TextContent.TrimStart().StartsWith("Question de", StringComparison.OrdinalIgnoreCase));
        if (author is not null)
        {
            ReadLines(HtmlText.InlineOf(author), state);
            state.EndParagraph();
            draft.QuestionParagraphs.AddRange(FollowingBlocks(author));
        }

        var answerHeading = block.QuerySelector("p._colored-green") ?? block.QuerySelectorAll("p").FirstOrDefault(p => p.TextContent.TrimStart().StartsWith("Réponse publiée", StringComparison.OrdinalIgnoreCase));
        if (answerHeading is not null)
        {
            var answer = FollowingBlocks(answerHeading).ToList();
            if (answer.Count > 0)
            {
                draft.AnswerAnnounced = true;
                draft.AnswerParagraphs.AddRange(answer);
            }
        }

        // The key data: « Rubrique : … », « Ministère interrogé : … » rows, then the publication links with their dates.
        state.Section = PageSection.KeyData;
        state.SawKeyData = true;
        foreach (var row in block.QuerySelectorAll("p.h6"))
        {
            if (row.TextContent.TrimStart().StartsWith("Dates", StringComparison.OrdinalIgnoreCase))
            {
                continue; // the publication links give the same dates with their pages; read after them
            }

            ReadLines(InlineText.CollapseWhitespace(row.TextContent), state);
            if (row.QuerySelector("[data-document-id^='PA']")?.GetAttribute("data-document-id") is { } deputy)
            {
                draft.AuthorId ??= deputy.ToUpperInvariant();
            }
        }

        foreach (var link in block.QuerySelectorAll("a, p, span").Where(e => e.Children.Length == 0 && e.TextContent.TrimStart().StartsWith("Publication de la", StringComparison.OrdinalIgnoreCase)))
        {
            ReadLines(InlineText.CollapseWhitespace(link.TextContent), state);
        }

        foreach (var row in block.QuerySelectorAll("p.h6").Where(r => r.TextContent.TrimStart().StartsWith("Dates", StringComparison.OrdinalIgnoreCase)))
        {
            foreach (var date in row.QuerySelectorAll("span"))
            {
                ReadLines(InlineText.CollapseWhitespace(date.TextContent), state);
            }
        }

        return QuestionDraftBuilder.Build(draft, DraftRules.Page);
    }

    /// <summary>The older site: label rows and « Texte de la question » / « Texte de la réponse » headings, read as blocks.</summary>
    private static ParseResult<ParsedQuestion>? OlderLayout(IDocument document)
    {
        if (document.Body is null)
        {
            return null;
        }

        var blocks = HtmlText.BlocksOf(document.Body);
        var looksLikeQuestion = blocks.Any(b => b.StartsWith("Texte de la question", StringComparison.OrdinalIgnoreCase))
            || (blocks.Any(b => b.Contains("gislature", StringComparison.OrdinalIgnoreCase)) && blocks.Any(b => b.StartsWith("Question", StringComparison.OrdinalIgnoreCase) && b.Any(char.IsAsciiDigit)));
        if (!looksLikeQuestion)
        {
            return null;
        }

        // Each block is a line (or a few, at <br>) followed by a blank one: a paragraph of its own.
        return TextQuestionParser.ParseLines(blocks.SelectMany(b => InlineText.NormalizeDocument(b).Split('\n').Append(string.Empty)));
    }

    /// <summary>An element's text as lines: each one read by the shared line rules, then the paragraph ends.</summary>
    private static void ReadLines(string text, TextReadState state)
    {
        foreach (var line in InlineText.NormalizeDocument(text).Split('\n'))
        {
            TextQuestionParser.ReadLine(line, state);
        }

        state.EndParagraph();
    }

    /// <summary>The paragraphs of the siblings after <paramref name="start"/>, up to the end of its container, as plain text.</summary>
    private static IEnumerable<string> FollowingBlocks(IElement start)
    {
        for (var sibling = start.NextElementSibling; sibling is not null; sibling = sibling.NextElementSibling)
        {
            if (HtmlText.IsChrome(sibling))
            {
                continue;
            }

            foreach (var block in HtmlText.BlocksOf(sibling))
            {
                var text = InlineText.CollapseWhitespace(InlineText.NormalizeDocument(block));
                if (text.Length > 0)
                {
                    yield return text;
                }
            }
        }
    }
}
