using Microsoft.EntityFrameworkCore;
using QuestionsEcrites.Search.Querying;
using QuestionsEcrites.Testing;

namespace QuestionsEcrites.IntegrationTests.Import;

/// <summary>The deputies file (open-data « acteurs ») names the identifiers of the questions' dump.</summary>
public sealed class DeputiesFileTests : StoreTestBase
{
    private const string Deputies = """
        {"acteur": {"uid": {"@xsi:type": "IdActeur_type", "#text": "PA722252"},
          "etatCivil": {"ident": {"civ": "Mme", "prenom": "Marie-Pierre", "nom": "Rixain", "alpha": "Rixain"}},
          "mandats": {"mandat": [
            {"typeOrgane": "ASSEMBLEE", "legislature": "16", "election": {"lieu": {"region": "Île-de-France", "departement": "Essonne", "numCirco": "4"}}},
            {"typeOrgane": "GP", "legislature": "16"},
            {"typeOrgane": "ASSEMBLEE", "legislature": "15", "election": {"lieu": {"departement": "Essonne", "numCirco": "4"}}}]}}}
        """;

    private static string QuestionJson(int number) => """
        {"question": {"uid": "QANR5L16QENUMBER", "identifiant": {"numero": "NUMBER", "legislature": "16"}, "type": "QE",
          "indexationAN": {"rubrique": "agriculture", "analyses": {"analyse": "Agriculture biologique"}},
          "auteur": {"identite": {"acteurRef": "PA722252"}, "groupe": {"developpe": "Renaissance"}},
          "minInt": {"developpe": "Agriculture et souveraineté alimentaire"},
          "textesQuestion": {"texteQuestion": {"infoJO": {"dateJO": "2022-07-26", "pageJO": "3501"}, "texte": "Mme Marie-Pierre Rixain appelle l'attention du ministre."}}}}
        """.Replace("NUMBER", number.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    [Fact]
    public async Task Import_QuestionThenDeputies_IdentifierShownThenNameResolved()
    {
        await Store.ImportAsync(Folder.Write("q.json", QuestionJson(200)));
        (await Store.ExportAsync()).Single().Author.Should().Be(
            new QuestionsEcrites.Data.Export.AuthorExport("Mme", "Marie-Pierre Rixain", null, null, "Renaissance", "PA722252"),
            "until the deputies file arrives, the opening of the text names the deputy");

        var report = await Store.ImportAsync(Folder.Write("acteurs/PA722252.json", Deputies));

        report.Rejected.Should().BeEmpty();
        report.DeputiesResolved.Should().Be(2);
        var author = (await Store.ExportAsync()).Single().Author!;
        author.Should().Be(new QuestionsEcrites.Data.Export.AuthorExport("Mme", "Marie-Pierre Rixain", "Essonne", 4, "Renaissance", "PA722252"));
        Store.Searcher.Search(new QuestionSearchRequest { Author = "Marie-Pierre Rixain" }).Total.Should().Be(1, "the index follows the new name");
        await using var db = Store.CreateDbContext();
        (await db.Authors.SingleAsync(a => a.Legislature == 16)).Slug.Should().Be("marie-pierre-rixain-16");
    }

    [Fact]
    public async Task Import_DeputiesFirst_QuestionsFindTheirNamedDeputy()
    {
        await Store.ImportAsync(Folder.Write("acteurs.json", Deputies));

        await Store.ImportAsync(Folder.Write("q.json", QuestionJson(200)));

        (await Store.ExportAsync()).Single().Author!.Name.Should().Be("Marie-Pierre Rixain");
        await using var db = Store.CreateDbContext();
        (await db.Authors.CountAsync(a => a.Legislature == 16)).Should().Be(1);
    }

    [Fact]
    public async Task Import_SameDeputyByIdentifierAndByName_MergedIntoOne()
    {
        await Store.ImportAsync(Folder.Write("q200.json", QuestionJson(200)));
        await Store.ImportAsync(Folder.Write("q201.txt", new QuestionDocumentBuilder()
            .WithLegislatureLine("16ème législature").WithNumber(201).WithKeyData("Auteur", "Mme Marie-Pierre Rixain").Build()));
        await using (var before = Store.CreateDbContext())
        {
            (await before.Authors.CountAsync()).Should().Be(1, "the page names her as the opening of the open-data text did");
        }

        await Store.ImportAsync(Folder.Write("acteurs.json", Deputies));

        await using var db = Store.CreateDbContext();
        (await db.Authors.CountAsync(a => a.Legislature == 16)).Should().Be(1);
        (await Store.ExportAsync()).Select(q => q.Author!.Name).Should().Equal("Marie-Pierre Rixain", "Marie-Pierre Rixain");
        Store.Searcher.Search(new QuestionSearchRequest { Author = "marie-pierre-rixain-16" }).Total.Should().Be(2);
    }

    [Fact]
    public async Task Import_BrokenDeputiesFile_RejectedWithTheReason()
    {
        var report = await Store.ImportAsync(Folder.Write("acteurs.json", "{\"acteur\": {\"uid\": \"PA1\"}}"));

        report.Rejected.Should().ContainSingle().Which.Reason.Should().Contain("fichier d'acteurs");
    }
}
