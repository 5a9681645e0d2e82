using QuestionsEcrites.Web.Formatting;

namespace QuestionsEcrites.IntegrationTests.Web;

public sealed class TextLayoutTests
{
    private static IReadOnlyList<TextBlock> Layout(string text) => TextLayout.Of(text, s => s.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal));

    [Fact]
    public void Of_ParagraphsItemsAndRows_ParagraphsListAndTable()
    {
        var blocks = Layout("Le ministre répond.\n\n- premier point\n\n- second point\n\nAnnée | Montant\n\n2024 | 12 M€\n\nFin.");

        blocks.Should().HaveCount(4);
        blocks[0].Should().Be(new TextBlock.Paragraph("Le ministre répond."));
        blocks[1].Should().BeOfType<TextBlock.List>().Which.ItemsHtml.Should().Equal("premier point", "second point");
        blocks[2].Should().BeOfType<TextBlock.Table>().Which.RowsHtml.Select(r => string.Join("/", r)).Should().Equal("Année/Montant", "2024/12 M€");
        blocks[3].Should().Be(new TextBlock.Paragraph("Fin."));
    }

    [Fact]
    public void Of_ALoneBarInASentence_StaysAParagraph() =>
        Layout("Le taux passe de 5 | 6 % selon les cas.").Should().ContainSingle().Which.Should().BeOfType<TextBlock.Paragraph>();

    [Fact]
    public void Of_EveryPieceGoesThroughTheRenderer()
    {
        var blocks = Layout("<b>a</b>\n\n- <i>b</i>\n\n<x> | y\n\nz | <w>");

        blocks[0].Should().Be(new TextBlock.Paragraph("&lt;b&gt;a&lt;/b&gt;"));
        ((TextBlock.List)blocks[1]).ItemsHtml.Should().Equal("&lt;i&gt;b&lt;/i&gt;");
        ((TextBlock.Table)blocks[2]).RowsHtml.SelectMany(r => r).Should().Equal("&lt;x&gt;", "y", "z", "&lt;w&gt;");
    }

    [Fact]
    public void Of_EmptyText_NoBlock() => Layout("").Should().BeEmpty();
}
