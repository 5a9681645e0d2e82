using QuestionsEcrites.Import.Parsing.Text;

namespace QuestionsEcrites.UnitTests.Parsing;

public sealed class PageBreaksTests
{
    [Fact]
    public void Mend_SentenceSplitByAPageBreak_OneParagraph() =>
        PageBreaks.Mend(["Le Gouvernement a prévu", "700 000 euros pour les ponts."]).Should().Equal("Le Gouvernement a prévu 700 000 euros pour les ponts.");

    [Fact]
    public void Mend_TableRowsAndListItems_NeverJoined() =>
        PageBreaks.Mend(["Année | Montant", "2024 | 12 M€", "- premier point", "- second point"])
            .Should().Equal("Année | Montant", "2024 | 12 M€", "- premier point", "- second point");
}
