using QuestionsEcrites.Import.Parsing.Drafts;
using QuestionsEcrites.Import.Parsing.Labels;
using QuestionsEcrites.Import.Parsing.Text;
using QuestionsEcrites.Testing;

namespace QuestionsEcrites.UnitTests.Parsing;

/// <summary>Circonscription lines with a side missing: never a dash or a group taken for a department.</summary>
public sealed class AuthorLinesTests
{
    [Theory]
    [InlineData("Rhône (3e circonscription) - Écologiste et Social", "Rhône", 3, "Écologiste et Social")]
    [InlineData("Nord - Les Républicains", "Nord", null, "Les Républicains")]
    [InlineData("- RPR", null, null, "RPR")]
    [InlineData("– Rassemblement pour la République", null, null, "Rassemblement pour la République")]
    [InlineData("Nord -", "Nord", null, null)]
    [InlineData("Rhône (3e circonscription) -", "Rhône", 3, null)]
    [InlineData("(3e circonscription) - RPR", null, 3, "RPR")]
    [InlineData("Côte-d'Or", "Côte-d'Or", null, null)]
    [InlineData("Seine-Saint-Denis (5e circonscription)", "Seine-Saint-Denis", 5, null)]
    public void ReadCirconscription_PartialLines_EachSideWhereItBelongs(string line, string? department, int? number, string? group)
    {
        AuthorLines.ReadCirconscription(line).Should().Be(new DraftCirconscription(department, number, group));
    }

    [Fact]
    public void Parse_CirconscriptionWithGroupOnly_GroupKeptNoDepartment()
    {
        var document = new QuestionDocumentBuilder().WithKeyData("Circonscription", " - RPR").Build();

        var author = TextQuestionParser.Parse(document).Value!.Author!;

        author.Department.Should().BeNull();
        author.Group.Should().Be("RPR");
    }
}
