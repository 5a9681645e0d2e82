using QuestionsEcrites.Data.Export;
using QuestionsEcrites.Import.Parsing;
using QuestionsEcrites.Import.Parsing.Text;
using QuestionsEcrites.Testing;

namespace QuestionsEcrites.UnitTests.Parsing;

public sealed class SeedDocumentTests
{
    public static TheoryData<string> SeedFileNames()
    {
        var data = new TheoryData<string>();
        foreach (var file in SeedCorpus.SeedFiles)
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SeedFileNames))]
    public void Parse_Seed_ExtractsEveryExportedFieldExactly(string fileName)
    {
        // Arrange
        var content = File.ReadAllText(Path.Combine(RepoPaths.Seeds, fileName));
        var expected = SeedCorpus.ExpectedFor(fileName);

        // Act
        var result = TextQuestionParser.Parse(content);

        // Assert
        result.Errors.Should().BeEmpty();
        result.Warnings.Should().BeEmpty();
        var actual = ParsedExport.ToExport(result.Value!, expected.Source);
        actual.Should().BeEquivalentTo(expected);
    }

    [Fact]
    public void Parse_Seed003_JoinsTheAnswerParagraphSplitByAPageBreak()
    {
        var content = File.ReadAllText(Path.Combine(RepoPaths.Seeds, "003_2564aada31599e2c.txt"));

        var answer = TextQuestionParser.Parse(content).Value!.Answer!;

        answer.Text.Should().Contain("aux professionnels n'en bénéficiant pas encore, l'autre donnant");
        answer.Text.Should().NotContain("\n");
    }
}
