using Microsoft.EntityFrameworkCore;
using QuestionsEcrites.Data.Export;
using QuestionsEcrites.Domain.Questions;
using QuestionsEcrites.Import.Deputies;
using QuestionsEcrites.Testing;

namespace QuestionsEcrites.IntegrationTests.Import;

/// <summary>
/// The real open-data file of André Chassaigne (PA267306): 52 mandates of every organ type, one of which is his
/// <c>ASSEMBLEE</c> mandate of the 16th legislature (Puy-de-Dôme, 5th circonscription).
/// </summary>
public sealed class RealDeputiesFileTests : StoreTestBase
{
    private static string RealFile => Path.Combine(RepoPaths.Shared, "samples", "PA267306.json");

    private static string Question(int legislature, int number) => """
        {"question": {"@xsi:type": "QuestionEcrite_Type", "uid": "QANR5LLEGQENUMBER",
          "identifiant": {"numero": "NUMBER", "legislature": "LEG"}, "type": "QE",
          "indexationAN": {"rubrique": "agriculture", "analyses": {"analyse": "Prix du lait"}},
          "auteur": {"identite": {"acteurRef": "PA267306"}, "groupe": {"developpe": "Gauche démocrate et républicaine - NUPES"}},
          "minInt": {"developpe": "Agriculture et souveraineté alimentaire"},
          "textesQuestion": {"texteQuestion": {"infoJO": {"dateJO": "2023-03-14", "pageJO": "2301"}, "texte": "M. André Chassaigne attire l'attention de M. le ministre sur le prix du lait."}}}}
        """.Replace("LEG", legislature.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("NUMBER", number.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    [Fact]
    public void Parse_RealFile_OnlyTheAssembleeMandate()
    {
        var (deputies, error) = DeputyFileParser.Parse(File.ReadAllText(RealFile));

        error.Should().BeNull();
        var deputy = deputies.Should().ContainSingle().Subject;
        (deputy.AnId, deputy.Civility, deputy.Name).Should().Be(("PA267306", "M.", "André Chassaigne"));
        deputy.Mandates.Should().Equal(new ParsedMandate(16, "Puy-de-Dôme", 5));
    }

    [Fact]
    public async Task Import_RealFile_NamesAndPlacesTheDeputyOfThatLegislatureOnly()
    {
        await Store.ImportAsync(Folder.Write("q16.json", Question(16, 4242)), Folder.Write("q15.json", Question(15, 4242)));

        var report = await Store.ImportAsync(RealFile);

        report.Rejected.Should().BeEmpty();
        var exports = (await Store.ExportAsync()).ToDictionary(q => q.Legislature);
        exports[16].Author.Should().Be(new AuthorExport("M.", "André Chassaigne", "Puy-de-Dôme", 5, "Gauche démocrate et républicaine - NUPES", "PA267306"));
        exports[15].Author.Should().Be(
            new AuthorExport("M.", "André Chassaigne", null, null, "Gauche démocrate et républicaine - NUPES", "PA267306"),
            "the file has no mandate of the 15th legislature: what was known stays");
        await using var db = Store.CreateDbContext();
        (await db.Authors.SingleAsync(a => a.Legislature == 16)).NameSource.Should().Be(AuthorNameSource.DeputiesFile);
        (await db.Authors.SingleAsync(a => a.Legislature == 15)).NameSource.Should().Be(AuthorNameSource.QuestionText);
    }
}
