using Microsoft.EntityFrameworkCore;
using QuestionsEcrites.Data.Export;
using QuestionsEcrites.Domain.Questions;
using QuestionsEcrites.Search.Querying;
using QuestionsEcrites.Testing;

namespace QuestionsEcrites.IntegrationTests.Import;

/// <summary>
/// One question, one author, whatever the order of the formats: the seed text of 17-1223 names Mme Marie-Charlotte
/// Garin, its open-data file gives only her identifier (PA841131) and a text opening with her name, and the
/// deputies file names the identifier. Every order leaves one deputy carrying the name, the identifier and the place.
/// </summary>
public sealed class AuthorAcrossFormatsTests : StoreTestBase
{
    private const string DeputyId = "PA841131";

    private static string OpenData(int number, string opening) => """
        {"question": {"@xsi:type": "QuestionEcrite_Type", "uid": "QANR5L17QENUMBER",
          "identifiant": {"numero": "NUMBER", "regime": "5ème République", "legislature": "17"}, "type": "QE",
          "indexationAN": {"rubrique": "institutions sociales et médico sociales", "teteAnalyse": null, "analyses": {"analyse": "Soutien au secteur médico-social"}},
          "auteur": {"identite": {"acteurRef": "PA841131", "mandatRef": "PM842426"}, "groupe": {"organeRef": "PO845425", "abrege": "EcoS", "developpe": "Écologiste et Social"}},
          "minInt": {"abrege": "Solidarités", "developpe": "Solidarités, autonomie et égalité entre les femmes et les hommes"},
          "minAttribs": {"minAttrib": {"infoJO": {"dateJO": "2024-10-22"}, "denomination": {"developpe": "Solidarités, autonomie et égalité entre les femmes et les hommes"}}},
          "textesQuestion": {"texteQuestion": {"infoJO": {"typeJO": "JO_QUESTION", "dateJO": "2024-10-22", "pageJO": "5520"}, "texte": "OPENING sur les difficultés rencontrées par le secteur médico-social."}},
          "textesReponse": null, "cloture": null}}
        """.Replace("NUMBER", number.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("OPENING", opening, StringComparison.Ordinal);

    private const string Deputies = """
        {"acteur": {"uid": {"@xsi:type": "IdActeur_type", "#text": "PA841131"},
          "etatCivil": {"ident": {"civ": "Mme", "prenom": "Marie-Charlotte", "nom": "Garin", "alpha": "Garin"}},
          "mandats": {"mandat": [
            {"typeOrgane": "GP", "legislature": "17", "election": null},
            {"typeOrgane": "ASSEMBLEE", "legislature": "17", "election": {"lieu": {"region": "Auvergne-Rhône-Alpes", "departement": "Rhône", "numCirco": "3"}}}]}}}
        """;

    private static string Seed => SeedCorpus.SeedFiles.Single(f => File.ReadAllText(f).Contains("n° 1223", StringComparison.Ordinal));

    private string Source(string format) => format switch
    {
        "text" => Seed,
        "json" => Folder.Write("open-data/QANR5L17QE1223.json", OpenData(1223, "Mme Marie-Charlotte Garin attire l'attention de M. le ministre")),
        "json2" => Folder.Write("open-data/QANR5L17QE2000.json", OpenData(2000, "Mme Marie-Charlotte Garin interroge Mme la ministre")),
        "deputies" => Folder.Write("acteurs/PA841131.json", Deputies),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    [Theory]
    [InlineData("text", "json")]
    [InlineData("json", "text")]
    [InlineData("json", "deputies", "text")]
    [InlineData("text", "deputies", "json")]
    [InlineData("deputies", "json", "text")]
    [InlineData("deputies", "text", "json")]
    [InlineData("json", "text", "deputies")]
    [InlineData("json2", "text", "json")]
    [InlineData("text", "json2", "json", "deputies")]
    public async Task Import_InAnyOrder_OneDeputyWithNameIdentifierAndPlace(params string[] order)
    {
        foreach (var format in order)
        {
            (await Store.ImportAsync(Source(format))).Rejected.Should().BeEmpty();
        }

        await AssertOneDeputyAsync(order.Contains("json2") ? 2 : 1);
    }

    [Theory]
    [InlineData("text", "json")]
    [InlineData("json", "text")]
    [InlineData("json", "json2", "text", "deputies")]
    public async Task Import_AllFormatsInOneImport_OneDeputy(params string[] formats)
    {
        var report = await Store.ImportAsync(formats.Select(Source).ToArray());

        report.Rejected.Should().BeEmpty();
        await AssertOneDeputyAsync(formats.Contains("json2") ? 2 : 1);
    }

    [Fact]
    public async Task Import_OpenDataAlone_NamedFromTheOpeningOfItsText_WithAWarning()
    {
        var report = await Store.ImportAsync(Source("json"));

        report.Warnings.Should().Contain(w => w.Message.Contains("PA841131", StringComparison.Ordinal) && w.Message.Contains("« Mme Marie-Charlotte Garin »", StringComparison.Ordinal));
        var author = (await Store.ExportAsync()).Single().Author!;
        author.Should().Be(new AuthorExport("Mme", "Marie-Charlotte Garin", null, null, "Écologiste et Social", "PA841131"));
        await using var db = Store.CreateDbContext();
        var row = await db.Authors.SingleAsync();
        (row.AnId, row.NameSource, row.Slug).Should().Be((DeputyId, AuthorNameSource.QuestionText, "marie-charlotte-garin-17"));
    }

    [Fact]
    public async Task Import_DeputiesFileAfterAProvisionalName_CorrectsIt()
    {
        await Store.ImportAsync(Folder.Write("q.json", OpenData(1223, "Mme Garin attire l'attention de M. le ministre")));
        (await Store.ExportAsync()).Single().Author!.Name.Should().Be("Garin", "the opening gives only the surname");

        await Store.ImportAsync(Source("deputies"));

        (await Store.ExportAsync()).Single().Author.Should().Be(new AuthorExport("Mme", "Marie-Charlotte Garin", "Rhône", 3, "Écologiste et Social", "PA841131"));
        await using var db = Store.CreateDbContext();
        (await db.Authors.SingleAsync()).Slug.Should().Be("marie-charlotte-garin-17");
        Store.Searcher.Search(new QuestionSearchRequest { Author = "marie-charlotte-garin-17" }).Total.Should().Be(1);
    }

    [Fact]
    public async Task Import_PageAfterDeputiesFile_KeepsTheDeputiesFileName()
    {
        await Store.ImportAsync(Source("deputies"));
        await Store.ImportAsync(Source("json"));
        await Store.ImportAsync(Folder.Write("page.txt", File.ReadAllText(Seed).Replace("Mme Marie-Charlotte Garin](#)", "Mme Marie Charlotte GARIN](#)", StringComparison.Ordinal)));

        await using var db = Store.CreateDbContext();
        var author = await db.Authors.SingleAsync();
        (author.Name, author.NameSource).Should().Be(("Marie-Charlotte Garin", AuthorNameSource.DeputiesFile), "a page never undoes the deputies file");
    }

    [Fact]
    public async Task Import_OpenDataWithoutNameInItsOpening_ShowsNoBareIdentifier()
    {
        await Store.ImportAsync(Folder.Write("q.json", OpenData(1223, "La situation du secteur médico-social appelle l'attention")));

        await using var db = Store.CreateDbContext();
        var author = await db.Authors.SingleAsync();
        (author.Name, author.NameSource).Should().Be((DeputyId, AuthorNameSource.Identifier));
        author.DisplayName.Should().Be("Député non nommé (PA841131)");

        await Store.ImportAsync(Source("deputies"));
        (await Store.ExportAsync()).Single().Author!.Name.Should().Be("Marie-Charlotte Garin");
    }

    private async Task AssertOneDeputyAsync(int questions)
    {
        await using var db = Store.CreateDbContext();
        var author = await db.Authors.SingleAsync();
        author.AnId.Should().Be(DeputyId);
        author.Name.Should().Be("Marie-Charlotte Garin");
        author.Civility.Should().Be("Mme");
        author.Slug.Should().Be("marie-charlotte-garin-17");
        author.Department.Should().Be("Rhône");
        (await db.Questions.CountAsync(q => q.AuthorId == author.Id)).Should().Be(questions);

        // The deputy's page lists each of their questions once (it is the search filtered by the deputy's slug).
        var hits = Store.Searcher.Search(new QuestionSearchRequest { Author = author.Slug }).Hits;
        hits.Should().HaveCount(questions).And.OnlyHaveUniqueItems(h => h.Key);
        (await Store.ExportAsync()).Should().OnlyContain(q => q.Author!.Name == "Marie-Charlotte Garin" && q.Author.Department == "Rhône");
    }
}
