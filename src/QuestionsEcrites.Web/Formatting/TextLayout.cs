using QuestionsEcrites.Domain.Text;

namespace QuestionsEcrites.Web.Formatting;

/// <summary>One block of a stored text as a page draws it.</summary>
public abstract record TextBlock
{
    public sealed record Paragraph(string Html) : TextBlock;

    public sealed record List(IReadOnlyList<string> ItemsHtml) : TextBlock;

    /// <summary>Rows of cells, as the source gave them (its header cells are not told apart from the others).</summary>
    public sealed record Table(IReadOnlyList<IReadOnlyList<string>> RowsHtml) : TextBlock;
}

/// <summary>
/// Stored texts are plain text: the import writes a list item as « - item » and a table row as « cell | cell »,
/// one per paragraph (<see cref="TextStructure"/>). They are drawn back here as lists and tables, every piece passed through
/// <c>render</c> (which encodes it): no markup from an imported document ever reaches a page, so a
/// hostile one (a script, an <c>onerror</c>, a <c>javascript:</c> link) shows as the text it is.
/// </summary>
public static class TextLayout
{
    public static IReadOnlyList<TextBlock> Of(string text, Func<string, string> render)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(render);
        var paragraphs = text.Split("\n\n");
        var blocks = new List<TextBlock>();
        for (var i = 0; i < paragraphs.Length;)
        {
            var run = RunLength(paragraphs, i, TextStructure.IsItem);
            if (run > 0)
            {
                blocks.Add(new TextBlock.List(paragraphs.Skip(i).Take(run).Select(p => render(p[TextStructure.ItemMark.Length..])).ToList()));
                i += run;
                continue;
            }

            // A lone « a | b » is a sentence that happens to hold a bar; two such rows running are a table.
            run = RunLength(paragraphs, i, TextStructure.IsRow);
            if (run > 1)
            {
                blocks.Add(new TextBlock.Table(paragraphs.Skip(i).Take(run)
                    .Select(p => (IReadOnlyList<string>)p.Split(TextStructure.CellSeparator).Select(render).ToList()).ToList()));
                i += run;
                continue;
            }

            if (paragraphs[i].Length > 0)
            {
                blocks.Add(new TextBlock.Paragraph(render(paragraphs[i])));
            }

            i++;
        }

        return blocks;
    }

    private static int RunLength(string[] paragraphs, int start, Func<string, bool> test)
    {
        var end = start;
        while (end < paragraphs.Length && test(paragraphs[end]))
        {
            end++;
        }

        return end - start;
    }
}
