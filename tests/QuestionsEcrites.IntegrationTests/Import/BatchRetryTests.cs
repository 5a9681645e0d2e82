using Microsoft.EntityFrameworkCore;
using QuestionsEcrites.Testing;

namespace QuestionsEcrites.IntegrationTests.Import;

/// <summary>
/// A batch the store refuses is retried one document at a time: what the failed batch did to the import's
/// in-memory lookups (an author renamed, an identifier recorded) must be undone, or the retry works from a
/// picture of the store that the store never saw.
/// </summary>
public sealed class BatchRetryTests : StoreTestBase
{
    private const string Json = """
        {"question": {"uid": "QANR5L16QE200", "identifiant": {"numero": "200", "legislature": "16"}, "type": "QE",
          "indexationAN": {"rubrique": "agriculture"},
          "auteur": {"identite": {"acteurRef": "PA722252"}, "groupe": {"abrege": "RE", "developpe": "Renaissance"}},
          "minInt": {"developpe": "Agriculture et souveraineté alimentaire"},
          "minAttribs": {"minAttrib": {"infoJO": {"dateJO": "2022-07-26"}, "denomination": {"developpe": "Agriculture et souveraineté alimentaire"}}},
          "textesQuestion": {"texteQuestion": {"infoJO": {"dateJO": "2022-07-26", "pageJO": "3501"}, "texte": "Mme Marie Rixain appelle l'attention de M. le ministre."}},
          "textesReponse": null, "cloture": null}}
        """;

    [Fact]
    public async Task BatchRefused_AfterRenamingAnAuthor_RetryRenamesItAgain()
    {
        Folder.Write("first/q200.json", Json);
        Folder.Write("first/q666.txt", Question666(answered: false));
        (await Store.ImportFromAsync(Folder.Path, "first")).Rejected.Should().BeEmpty();
        await using (var db = Store.CreateDbContext())
        {
            (await db.Authors.SingleAsync(a => a.AnId == "PA722252")).Slug.Should().Be("marie-rixain-16", "named so far by the opening of the open-data text, which shortens the name");
            await db.Database.ExecuteSqlRawAsync("CREATE TRIGGER refuse_666 BEFORE UPDATE ON Questions WHEN OLD.Number = 666 BEGIN SELECT RAISE(ABORT, 'refus simulé'); END;");
        }

        // One batch: the page that names deputy PA722252 (a rename in the lookups), and an update the store refuses.
        Folder.Write("second/q200.txt", new QuestionDocumentBuilder()
            .WithLegislatureLine("16ème législature")
            .WithNumber(200)
            .WithKeyData("Auteur", "Mme Marie-Pierre Rixain")
            .WithKeyData("Identifiant", "PA722252")
            .WithKeyData("Circonscription", "Yvelines (2^e circonscription) - Renaissance")
            .WithKeyData("Rubrique", "Agriculture")
            .WithKeyData("Ministère interrogé", "Agriculture et souveraineté alimentaire")
            .WithKeyDate("Question publiée au JO le", "26 juillet 2022, page 3501")
            .Build());
        Folder.Write("second/q666.txt", Question666(answered: true));

        var report = await Store.ImportFromAsync(Folder.Path, "second");

        report.Rejected.Should().ContainSingle().Which.Source.Should().EndWith("q666.txt");
        await using var check = Store.CreateDbContext();
        var author = await check.Authors.SingleAsync(a => a.AnId == "PA722252");
        author.Name.Should().Be("Marie-Pierre Rixain");
        author.Slug.Should().Be("marie-pierre-rixain-16", "the retry renames the deputy, as the refused batch had");
        author.NameKey.Should().Be("marie-pierre-rixain");
    }

    private static string Question666(bool answered)
    {
        var builder = new QuestionDocumentBuilder().WithLegislatureLine("16ème législature").WithNumber(666);
        return (answered ? builder.WithAnswerText("Le ministère y travaille.").WithKeyDate("Réponse publiée au JO le", "4 octobre 2022") : builder).Build();
    }
}
