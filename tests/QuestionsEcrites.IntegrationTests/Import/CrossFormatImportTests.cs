using System.Text;
using Microsoft.EntityFrameworkCore;
using QuestionsEcrites.Domain.Questions;
using QuestionsEcrites.Search.Querying;
using QuestionsEcrites.Testing;

namespace QuestionsEcrites.IntegrationTests.Import;

/// <summary>The same question from the seed text format, the Assemblée's HTML page and the open-data JSON.</summary>
public sealed class CrossFormatImportTests : StoreTestBase
{
    private static string Html => File.ReadAllText(Path.Combine(RepoPaths.Shared, "samples", "QANR5L16QE200.html"));

    private static string Json => """
        {"question": {"@xsi:type": "QuestionEcrite_Type", "uid": "QANR5L16QE200",
          "identifiant": {"numero": "200", "legislature": "16"}, "type": "QE",
          "indexationAN": {"rubrique": "agriculture", "teteAnalyse": "Objectifs de développement de l'agriculture biologique", "analyses": {"analyse": "Agriculture biologique"}},
          "auteur": {"identite": {"acteurRef": "PA722252"}, "groupe": {"abrege": "RE", "developpe": "Renaissance"}},
          "minInt": {"developpe": "Agriculture et souveraineté alimentaire"},
          "minAttribs": {"minAttrib": {"infoJO": {"dateJO": "2022-07-26"}, "denomination": {"developpe": "Agriculture et souveraineté alimentaire"}}},
          "textesQuestion": {"texteQuestion": {"infoJO": {"dateJO": "2022-07-26", "pageJO": "3501"}, "texte": "Mme Marie-Pierre Rixain appelle l'attention de M. le ministre."}},
          "textesReponse": null, "cloture": null}}
        """;

    private static string Text => new QuestionDocumentBuilder()
        .WithLegislatureLine("16ème législature")
        .WithNumber(200)
        .WithTitle("Agriculture biologique")
        .WithKeyData("Auteur", "Mme Marie-Pierre Rixain")
        .WithKeyData("Circonscription", "Yvelines (2^e circonscription) - Renaissance")
        .WithKeyData("Rubrique", "Agriculture")
        .WithKeyData("Ministère interrogé", "Agriculture et souveraineté alimentaire")
        .WithKeyData("Ministère attributaire", "Agriculture et souveraineté alimentaire")
        .WithKeyDate("Question publiée au JO le", "26 juillet 2022, page 3501")
        .Build();

    [Theory]
    [InlineData("json", "html", "text")]
    [InlineData("text", "json", "html")]
    [InlineData("html", "text", "json")]
    public async Task Import_ThreeFormatsInAnyOrder_OneQuestionOneDeputyRichestDataKept(string first, string second, string third)
    {
        var files = new Dictionary<string, string>
        {
            ["json"] = Folder.Write("q200.json", Json),
            ["html"] = Folder.Write("q200.html", Html),
            ["text"] = Folder.Write("q200.txt", Text),
        };

        foreach (var format in new[] { first, second, third })
        {
            var report = await Store.ImportAsync(files[format]);
            report.Rejected.Should().BeEmpty();
        }

        await using var db = Store.CreateDbContext();
        (await db.Questions.CountAsync()).Should().Be(1);
        var author = await db.Authors.SingleAsync();
        author.AnId.Should().Be("PA722252");
        author.Name.Should().Be("Marie-Pierre Rixain");
        author.Civility.Should().Be("Mme");
        var question = (await Store.ExportAsync()).Single();
        question.Title.Should().Be("Agriculture biologique");
        question.Answer!.PublishedOn.Should().Be(new DateOnly(2022, 9, 27), "only the HTML page has the answer, and it is never lost");
        question.Answer.Text.Should().StartWith("Le secteur biologique a connu");
        question.Status.Should().Be("answered");
        question.JoPage.Should().Be(3501);

        // Importing all three again changes nothing but the source.
        var again = await Store.ImportAsync(files[first], files[second], files[third]);
        again.Added.Should().Be(0);
        (await db.Questions.CountAsync()).Should().Be(1);
    }

    [Fact]
    public async Task Import_ZipOfJsonQuestions_AllImportedJunkRejected()
    {
        var entries = Enumerable.Range(101, 20)
            .Select(n => ($"json/QANR5L17QE{n}.json", Encoding.UTF8.GetBytes(Json.Replace("\"200\"", $"\"{n}\"", StringComparison.Ordinal).Replace("\"16\"", "\"17\"", StringComparison.Ordinal))))
            .Append(("json/broken.json", "{ \"question\": "u8.ToArray()))
            .Append(("json/notes.txt", "des notes"u8.ToArray()))
            .ToArray();
        var zip = Folder.WriteZip("dump.zip", entries);

        var report = await Store.ImportFromAsync(Folder.Path, zip);

        report.Added.Should().Be(20);
        report.Rejected.Select(r => r.Source).Should().BeEquivalentTo("dump.zip!/json/broken.json", "dump.zip!/json/notes.txt");
        report.Rejected.Single(r => r.Source.EndsWith("broken.json", StringComparison.Ordinal)).Reason.Should().StartWith("JSON invalide");
        Store.Searcher.Search(new QuestionSearchRequest { Legislature = 17 }).Total.Should().Be(20);
    }

    [Fact]
    public async Task Import_QuestionAuGouvernement_KeptOutOfWrittenQuestionLists()
    {
        var sample = Folder.Write("qg.json", File.ReadAllText(Path.Combine(RepoPaths.Shared, "samples", "QANR5L17QG1.json")));

        var report = await Store.ImportAsync("seeds", sample);

        report.Added.Should().Be(6);
        Store.Searcher.Search(new QuestionSearchRequest()).Total.Should().Be(5);
        Store.Searcher.Search(new QuestionSearchRequest { Type = QuestionType.QG }).Hits.Should().ContainSingle().Which.Key.Should().Be(new QuestionKey(QuestionType.QG, 17, 1));
    }

    [Fact]
    public async Task Import_AttributionHistoryFromJson_StoredOnceAcrossReimports()
    {
        var json = OpenDataSamples.FullQe;
        var path = Folder.Write("q.json", json);

        await Store.ImportAsync(path);
        await Store.ImportAsync(path);

        await using var db = Store.CreateDbContext();
        var events = await db.Set<QuestionsEcrites.Domain.Questions.QuestionEvent>().ToListAsync();
        events.Select(e => e.Kind.ToString()).Should().BeEquivalentTo(["ChangementAttribution", "Signalement", "Erratum"]);
    }
}
