using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using QuestionsEcrites.Data;
using QuestionsEcrites.Import.Indexing;
using QuestionsEcrites.Search.Indexing;
using QuestionsEcrites.Search.Querying;
using QuestionsEcrites.Testing;

namespace QuestionsEcrites.IntegrationTests.Search;

public sealed class IndexLifecycleTests : StoreTestBase
{
    [Fact]
    public async Task Import_NewQuestion_SearchableAtOnce()
    {
        await Store.ImportAsync("seeds");
        var path = Folder.Write("q.txt", new QuestionDocumentBuilder().WithNumber(99).WithQuestionText("Les zébrures du littoral inquiètent.").Build());

        await Store.ImportAsync(path);

        Store.Searcher.Search(new QuestionSearchRequest { Text = "zebrures" }).Hits.Should().ContainSingle().Which.Key.Should().Be("QE-17-99");
    }

    [Fact]
    public async Task Import_AnswerAdded_StatusAndTextSearchableAtOnce()
    {
        var path = Folder.Write("q.txt", new QuestionDocumentBuilder().Build());
        await Store.ImportAsync(path);
        Folder.Write("q.txt", new QuestionDocumentBuilder().WithAnswerText("Le ministère finance les maisons de santé.").WithKeyDate("Réponse publiée au JO le", "4 mars 2025").Build());

        await Store.ImportAsync(path);

        var result = Store.Searcher.Search(new QuestionSearchRequest { Text = "maisons", Status = "answered" });
        result.Total.Should().Be(1);
        Store.Searcher.Search(new QuestionSearchRequest()).Total.Should().Be(1);
    }

    [Fact]
    public async Task IndexFolderDeleted_NextStart_RebuiltFromTheDatabase()
    {
        await Store.ImportAsync("seeds");
        Store.Index.Dispose();
        Directory.Delete(Store.IndexPath, recursive: true);
        using var index = OpenIndex();
        using var synchronizer = Synchronizer(index);
        index.NeedsRebuild.Should().BeTrue();

        var count = await synchronizer.SyncAsync(CancellationToken.None);

        count.Should().Be(5);
        using var searcher = new QuestionSearcher(index);
        searcher.Search(new QuestionSearchRequest { Text = "Ségur" }).Total.Should().Be(4);
    }

    [Fact]
    public async Task IndexCorrupt_Opened_RebuiltFromTheDatabase()
    {
        await Store.ImportAsync("seeds");
        Store.Index.Dispose();
        foreach (var file in Directory.EnumerateFiles(Store.IndexPath).Where(f => !f.EndsWith("write.lock", StringComparison.Ordinal)))
        {
            await File.WriteAllBytesAsync(file, [1, 2, 3, 4, 5]);
        }

        using var index = OpenIndex();
        using var synchronizer = Synchronizer(index);

        await synchronizer.SyncAsync(CancellationToken.None);

        using var searcher = new QuestionSearcher(index);
        searcher.Search(new QuestionSearchRequest { Text = "SECPa" }).Total.Should().Be(2);
    }

    [Fact]
    public async Task SecondWriter_SameFolder_ReportedAsUnavailable()
    {
        await Store.ImportAsync("seeds");
        using var second = OpenIndex();

        var act = () => second.DocumentCount;

        act.Should().Throw<IndexUnavailableException>();
    }

    private QuestionIndex OpenIndex() => new(Store.IndexPath, NullLogger<QuestionIndex>.Instance);

    private IndexSynchronizer Synchronizer(QuestionIndex index) =>
        new(Store.Services.GetRequiredService<IDbContextFactory<QuestionsDbContext>>(), index, NullLogger<IndexSynchronizer>.Instance);
}
