using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using QuestionsEcrites.Data.Export;
using QuestionsEcrites.Domain.Questions;
using QuestionsEcrites.Testing;

namespace QuestionsEcrites.IntegrationTests.Import;

public sealed class ImportServiceTests : StoreTestBase
{
    [Fact]
    public async Task ImportAsync_Seeds_ExportEqualsTheExpectedValues()
    {
        var report = await Store.ImportAsync("seeds");

        report.Added.Should().Be(5);
        report.Rejected.Should().BeEmpty();
        report.Warnings.Should().BeEmpty();
        var exported = await ExportJsonAsync();
        JsonNode.DeepEquals(JsonNode.Parse(exported), JsonNode.Parse(SeedCorpus.ExpectedJson)).Should().BeTrue(
            "the export of the imported seeds must be exactly the expected objects:\n" + exported);
    }

    [Fact]
    public async Task ImportAsync_SameFilesTwice_ChangesNothing()
    {
        await Store.ImportAsync("seeds");
        var before = await ExportJsonAsync();

        var again = await Store.ImportAsync("seeds");

        again.Added.Should().Be(0);
        again.Updated.Should().Be(0);
        again.Unchanged.Should().Be(5);
        (await ExportJsonAsync()).Should().Be(before);
        await using var db = Store.CreateDbContext();
        (await db.Questions.CountAsync()).Should().Be(5);
        (await db.Rubriques.CountAsync()).Should().Be(2);
        (await db.Ministries.CountAsync()).Should().Be(4);
        (await db.PoliticalGroups.CountAsync()).Should().Be(4);
        (await db.Authors.CountAsync()).Should().Be(5);
    }

    [Fact]
    public async Task ImportAsync_NewerVersionWithAnswer_UpdatesInPlace()
    {
        var path = Folder.Write("q42.txt", new QuestionDocumentBuilder().Build());
        await Store.ImportAsync(path);

        Folder.Write("q42.txt", new QuestionDocumentBuilder()
            .WithAnswerText("Le Gouvernement a pris des mesures.")
            .WithKeyDate("Réponse publiée au JO le", "[4 mars 2025](#), page 1500")
            .Build());
        var report = await Store.ImportAsync(path);

        report.Updated.Should().Be(1);
        var question = (await Store.ExportAsync()).Should().ContainSingle().Subject;
        question.Status.Should().Be("answered");
        question.Answer.Should().Be(new AnswerExport(new DateOnly(2025, 3, 4), 1500, "Le Gouvernement a pris des mesures."));
    }

    [Fact]
    public async Task ImportAsync_OlderVersionAfterNewer_KeepsTheAnswer()
    {
        var answered = Folder.Write("new/q42.txt", new QuestionDocumentBuilder()
            .WithAnswerText("Réponse.")
            .WithKeyDate("Réponse publiée au JO le", "4 mars 2025")
            .Build());
        var pending = Folder.Write("old/q42.txt", new QuestionDocumentBuilder().Build());
        await Store.ImportAsync(answered);

        var report = await Store.ImportAsync(pending);

        report.Updated.Should().Be(1, "only the source differs");
        var question = (await Store.ExportAsync()).Should().ContainSingle().Subject;
        question.Answer!.Text.Should().Be("Réponse.");
        question.Status.Should().Be("answered");
    }

    [Fact]
    public async Task ImportAsync_BadFiles_RejectedOneLineEachAndNothingStoredIsLost()
    {
        await Store.ImportAsync("seeds");
        var before = await ExportJsonAsync();
        var seed003 = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Seeds, "003_2564aada31599e2c.txt"));
        Folder.Write("bad/empty.txt", string.Empty);
        Folder.Write("bad/binary.bin", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        Folder.Write("bad/truncated.txt", seed003[..seed003.IndexOf("## Texte de la réponse", StringComparison.Ordinal)]);
        Folder.Write("bad/notes.txt", "Liste de courses\n\nDu pain.");
        Folder.Write("bad/zz_good.txt", new QuestionDocumentBuilder().Build());

        var report = await Store.ImportFromAsync(Folder.Path, Path.Combine(Folder.Path, "bad"));

        report.Added.Should().Be(1);
        report.Rejected.Select(r => r.Source).Should().BeEquivalentTo("bad/binary.bin", "bad/empty.txt", "bad/notes.txt", "bad/truncated.txt");
        report.Rejected.Single(r => r.Source == "bad/empty.txt").Reason.Should().StartWith("fichier vide");
        report.Rejected.Single(r => r.Source == "bad/binary.bin").Reason.Should().Contain("binaire");
        report.Rejected.Single(r => r.Source == "bad/notes.txt").Reason.Should().Contain("n'est pas une question");
        report.Rejected.Single(r => r.Source == "bad/truncated.txt").Reason.Should().Contain("auteur absent");
        var after = JsonNode.Parse(await ExportJsonAsync())!.AsArray();
        after.Should().HaveCount(6);
        var seedsAfter = new JsonArray(after.Where(q => q!["number"]!.GetValue<int>() != 42).Select(q => q!.DeepClone()).ToArray());
        JsonNode.DeepEquals(seedsAfter, JsonNode.Parse(before)).Should().BeTrue();
    }

    [Fact]
    public async Task ImportAsync_Zip_ImportsEntriesAndRejectsJunk()
    {
        var zip = Folder.WriteZip(
            "lot.zip",
            ("questions/q1.txt", new QuestionDocumentBuilder().WithNumber(1).BuildUtf8()),
            ("questions/q2.txt", new QuestionDocumentBuilder().WithNumber(2).AsMarkdown().BuildUtf8()),
            ("questions/", []),
            ("readme.txt", "Ceci est une archive de questions."u8.ToArray()),
            ("__MACOSX/._q1.txt", [0, 1, 2]));

        var report = await Store.ImportFromAsync(Folder.Path, zip);

        report.Added.Should().Be(2);
        report.Rejected.Should().ContainSingle().Which.Source.Should().Be("lot.zip!/readme.txt");
        (await Store.ExportAsync()).Select(q => q.Source).Should().Equal("lot.zip!/questions/q1.txt", "lot.zip!/questions/q2.txt");
    }

    [Fact]
    public async Task ImportAsync_ZipInsideAFolderAndNestedZip_AllImported()
    {
        var inner = new TempFolder();
        var innerZip = File.ReadAllBytes(inner.WriteZip("inner.zip", ("q3.txt", new QuestionDocumentBuilder().WithNumber(3).BuildUtf8())));
        inner.Dispose();
        Folder.WriteZip("dump/outer.zip", ("q1.txt", new QuestionDocumentBuilder().WithNumber(1).BuildUtf8()), ("inner.zip", innerZip));
        Folder.Write("dump/q2.txt", new QuestionDocumentBuilder().WithNumber(2).Build());

        var report = await Store.ImportFromAsync(Folder.Path, "dump");

        report.Added.Should().Be(3);
        report.Rejected.Should().BeEmpty();
    }

    [Fact]
    public async Task ImportAsync_CorruptZip_RejectedWithReason()
    {
        Folder.Write("broken.zip", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0xFF, 0xFF]);

        var report = await Store.ImportFromAsync(Folder.Path, "broken.zip");

        report.Rejected.Should().ContainSingle().Which.Should().Match<QuestionsEcrites.Import.RejectedDocument>(
            r => r.Source == "broken.zip" && r.Reason.StartsWith("archive zip illisible", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ImportAsync_MissingPath_RejectedAsNotFound()
    {
        var report = await Store.ImportAsync("nowhere/at-all.txt");

        report.Rejected.Should().ContainSingle().Which.Reason.Should().Be("fichier ou dossier introuvable");
    }

    [Fact]
    public async Task ImportAsync_SameQuestionTwiceInOneBatch_OneRow()
    {
        var first = Folder.Write("a.txt", new QuestionDocumentBuilder().Build());
        var second = Folder.Write("b.txt", new QuestionDocumentBuilder().WithKeyDate("Date de signalement", "3 mars 2025").Build());

        var report = await Store.ImportAsync(first, second);

        report.Added.Should().Be(1);
        report.Updated.Should().Be(1);
        var question = (await Store.ExportAsync()).Should().ContainSingle().Subject;
        question.SignaledOn.Should().Be(new DateOnly(2025, 3, 3));
        question.Source.Should().EndWith("b.txt");
    }

    [Fact]
    public async Task ImportAsync_LookupVariants_ShareOneRubriqueAndOneAuthor()
    {
        var first = Folder.Write("a.txt", new QuestionDocumentBuilder().WithNumber(1).WithKeyData("Rubrique", "Santé").Build());
        var second = Folder.Write("b.txt", new QuestionDocumentBuilder().WithNumber(2).WithKeyData("Rubrique", "santé").Build());

        await Store.ImportAsync(first, second);

        await using var db = Store.CreateDbContext();
        (await db.Rubriques.Select(r => r.Name).ToListAsync()).Should().Equal("Santé");
        var author = await db.Authors.Include(a => a.Group).SingleAsync();
        author.Slug.Should().Be("jean-dupont-17");
        author.Group!.Name.Should().Be("Les Démocrates");
    }

    [Fact]
    public async Task ImportAsync_SmallBatches_SameResultAsOneBatch()
    {
        await using var store = await TestStore.CreateAsync(batchSize: 2);

        var report = await store.ImportAsync("seeds");

        report.Added.Should().Be(5);
        (await store.ExportAsync()).Should().BeEquivalentTo(SeedCorpus.ExpectedQuestions, o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task ImportAsync_ClosedQuestion_StatusClosed()
    {
        var path = Folder.Write("closed.txt", new QuestionDocumentBuilder().WithKeyDate("Date de clôture", "21 juin 2022 (Fin de mandat)").Build());

        await Store.ImportAsync(path);

        await using var db = Store.CreateDbContext();
        (await db.Questions.SingleAsync()).Status.Should().Be(QuestionStatus.Closed);
    }

    [Fact]
    public async Task Migrations_MatchTheModel()
    {
        await using var db = Store.CreateDbContext();

        db.Database.HasPendingModelChanges().Should().BeFalse("a model change needs a migration (see README)");
    }

    private async Task<string> ExportJsonAsync()
    {
        await using var db = Store.CreateDbContext();
        using var buffer = new MemoryStream();
        await QuestionExportWriter.WriteAsync(new QuestionExportReader(db).ReadAllAsync(CancellationToken.None), ExportFormat.Json, buffer, CancellationToken.None);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    [Fact]
    public async Task ImportAsync_CopyWithoutTitleOrMinistryAsked_KeepsTheStoredOnes()
    {
        var full = Folder.Write("full/q.txt", new QuestionDocumentBuilder().WithKeyData("Ministère interrogé", "Intérieur").Build());
        var partial = Folder.Write("partial/q.txt", new QuestionDocumentBuilder().WithTitle(null).WithoutKeyData("Ministère interrogé").Build());
        await Store.ImportAsync(full);

        await Store.ImportAsync(partial);
        var again = await Store.ImportAsync(full);

        var question = (await Store.ExportAsync()).Should().ContainSingle().Subject;
        question.Title.Should().Be("Accès aux soins dans les territoires ruraux");
        question.MinistryAsked.Should().Be("Intérieur");
        again.Updated.Should().Be(1, "only the source changed back");
    }

    [Fact]
    public async Task ImportAsync_CorruptZipInsideAZip_RejectsItAndImportsTheRest()
    {
        var zip = Folder.WriteZip(
            "outer.zip",
            ("q1.txt", new QuestionDocumentBuilder().WithNumber(1).BuildUtf8()),
            ("inner.zip", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0xFF, 0xFF]),
            ("q2.txt", new QuestionDocumentBuilder().WithNumber(2).BuildUtf8()));

        var report = await Store.ImportFromAsync(Folder.Path, zip);

        report.Added.Should().Be(2);
        report.Rejected.Should().ContainSingle().Which.Source.Should().Be("outer.zip!/inner.zip");
    }

    [Fact]
    public async Task ImportAsync_SameFileFromAnotherPath_SourceUpdated()
    {
        var first = Folder.Write("a/q.txt", new QuestionDocumentBuilder().Build());
        var second = Folder.Write("b/q.txt", new QuestionDocumentBuilder().Build());
        await Store.ImportFromAsync(Folder.Path, first);

        var report = await Store.ImportFromAsync(Folder.Path, second);

        report.Updated.Should().Be(1);
        (await Store.ExportAsync()).Single().Source.Should().Be("b/q.txt");
    }

    [Fact]
    public async Task ImportAsync_MinistryLabelVariants_OneMinistryEachLabelKept()
    {
        var first = Folder.Write("a.txt", new QuestionDocumentBuilder().WithNumber(1).WithKeyData("Ministère interrogé", "Ministère de l'intérieur").WithKeyData("Ministère attributaire", "Intérieur").Build());
        var second = Folder.Write("b.txt", new QuestionDocumentBuilder().WithNumber(2).WithKeyData("Ministère interrogé", "ministère de l’Intérieur").WithKeyData("Ministère attributaire", "INTÉRIEUR").Build());

        await Store.ImportAsync(first, second);

        await using var db = Store.CreateDbContext();
        (await db.Ministries.Select(m => m.Name).ToListAsync()).Should().Equal("Intérieur");
        (await Store.ExportAsync()).Select(q => q.MinistryAsked).Should().Equal("Ministère de l'intérieur", "ministère de l’Intérieur");
        Store.Searcher.Search(new QuestionsEcrites.Search.Querying.QuestionSearchRequest { Ministry = "Ministère de l'Intérieur" }).Total.Should().Be(2);
    }
}
