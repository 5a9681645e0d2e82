using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using QuestionsEcrites.Data;
using QuestionsEcrites.Domain.Questions;
using QuestionsEcrites.Indexing;
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

        Store.Searcher.Search(new QuestionSearchRequest { Text = "zebrures" }).Hits.Should().ContainSingle().Which.Key.Should().Be(new QuestionKey(QuestionType.QE, 17, 99));
    }

    [Fact]
    public async Task Import_AnswerAdded_StatusAndTextSearchableAtOnce()
    {
        var path = Folder.Write("q.txt", new QuestionDocumentBuilder().Build());
        await Store.ImportAsync(path);
        Folder.Write("q.txt", new QuestionDocumentBuilder().WithAnswerText("Le ministère finance les maisons de santé.").WithKeyDate("Réponse publiée au JO le", "4 mars 2025").Build());

        await Store.ImportAsync(path);

        var result = Store.Searcher.Search(new QuestionSearchRequest { Text = "maisons", Status = QuestionStatus.Answered });
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
        var generation = LiveGeneration();
        foreach (var file in Directory.EnumerateFiles(generation).Where(f => !f.EndsWith("write.lock", StringComparison.Ordinal)))
        {
            await File.WriteAllBytesAsync(file, [1, 2, 3, 4, 5]);
        }

        using var index = OpenIndex();
        using var synchronizer = Synchronizer(index);

        await synchronizer.SyncAsync(CancellationToken.None);

        using var searcher = new QuestionSearcher(index);
        searcher.Search(new QuestionSearchRequest { Text = "SECPa" }).Total.Should().Be(2);
        Directory.Exists(generation).Should().BeFalse("the unreadable generation is replaced, not kept");
    }

    [Fact]
    public async Task Rebuild_InProgress_LiveGenerationServesUntilPublished()
    {
        await Store.ImportAsync("seeds");
        var before = LiveGeneration();

        using (var rebuild = Store.Index.BeginRebuild())
        {
            rebuild.Add([SomeDocument("QE-17-777", "Les pangolins")]);
            Store.Searcher.Search(new QuestionSearchRequest { Text = "Ségur" }).Total.Should().Be(4, "the live generation still answers");
            Store.Searcher.Search(new QuestionSearchRequest { Text = "pangolins" }).Total.Should().Be(0, "nothing of the rebuild is visible yet");

            rebuild.Publish(syncedUpTo: 42);
        }

        Store.Searcher.Search(new QuestionSearchRequest { Text = "pangolins" }).Total.Should().Be(1);
        Store.Searcher.Search(new QuestionSearchRequest()).Total.Should().Be(1, "the new generation replaced the old one whole");
        Store.Index.SyncedUpTo.Should().Be(42);
        LiveGeneration().Should().NotBe(before);
        Directory.Exists(before).Should().BeFalse();
        Directory.EnumerateDirectories(Store.IndexPath).Should().ContainSingle();
    }

    [Fact]
    public async Task Rebuild_AbandonedMidway_LiveGenerationUntouched()
    {
        await Store.ImportAsync("seeds");
        var before = LiveGeneration();

        using (var rebuild = Store.Index.BeginRebuild())
        {
            rebuild.Add([SomeDocument("QE-17-777", "Les pangolins")]);
        }

        LiveGeneration().Should().Be(before);
        Directory.EnumerateDirectories(Store.IndexPath).Should().ContainSingle();
        Store.Searcher.Search(new QuestionSearchRequest { Text = "Ségur" }).Total.Should().Be(4);
    }

    [Fact]
    public async Task RebuildInterrupted_ByAKill_NextOpenServesTheOldGenerationAndClearsTheRest()
    {
        await Store.ImportAsync("seeds");
        var before = LiveGeneration();
        var rebuild = Store.Index.BeginRebuild();
        rebuild.Add([SomeDocument("QE-17-777", "Les pangolins")]);
        Store.Index.Dispose(); // the process dies: the rebuild's folder stays behind, never published

        using var index = OpenIndex();

        index.NeedsRebuild.Should().BeFalse();
        LiveGeneration().Should().Be(before);
        Directory.EnumerateDirectories(Store.IndexPath).Should().ContainSingle();
        using var searcher = new QuestionSearcher(index);
        searcher.Search(new QuestionSearchRequest { Text = "Ségur" }).Total.Should().Be(4);
    }

    [Fact]
    public async Task OlderSingleFolderLayout_Opened_RebuiltAndItsFilesRemoved()
    {
        await Store.ImportAsync("seeds");
        Store.Index.Dispose();
        Directory.Delete(Store.IndexPath, recursive: true);
        Directory.CreateDirectory(Store.IndexPath);
        await File.WriteAllTextAsync(Path.Combine(Store.IndexPath, "segments_2"), "an index of the older layout");
        await File.WriteAllTextAsync(Path.Combine(Store.IndexPath, "_0.cfs"), "its segment");

        using var index = OpenIndex();
        using var synchronizer = Synchronizer(index);
        index.NeedsRebuild.Should().BeTrue();
        await synchronizer.SyncAsync(CancellationToken.None);

        Directory.EnumerateFiles(Store.IndexPath).Select(Path.GetFileName).Should().BeEquivalentTo(["owner.lock", "current"]);
        using var searcher = new QuestionSearcher(index);
        searcher.Search(new QuestionSearchRequest { Text = "Ségur" }).Total.Should().Be(4);
    }

    [Fact]
    public async Task Compact_AfterManyCommits_TwoSegmentsSameStampSameAnswers()
    {
        await Store.ImportAsync("seeds");
        for (var i = 0; i < 3; i++)
        {
            await Store.ImportAsync(Folder.Write($"q{i}.txt", new QuestionDocumentBuilder().WithNumber(900 + i).WithQuestionText($"Les zébrures numéro {i} du littoral.").Build()));
        }

        Store.Index.SegmentCount.Should().BeGreaterThan(IndexSynchronizer.SegmentsAfterBulk, "each import commits a segment");
        var stamp = Store.Index.SyncedUpTo;

        Store.Index.Compact(IndexSynchronizer.SegmentsAfterBulk);

        Store.Index.SegmentCount.Should().BeLessThanOrEqualTo(IndexSynchronizer.SegmentsAfterBulk);
        Store.Index.SyncedUpTo.Should().Be(stamp, "a merge indexes nothing new");
        Store.Searcher.Search(new QuestionSearchRequest { Text = "Ségur" }).Total.Should().Be(4);
        Store.Searcher.Search(new QuestionSearchRequest { Text = "zebrures" }).Total.Should().Be(3);
    }

    [Theory]
    [InlineData(1_000_000, 0, true)]
    [InlineData(20_000, 100_000, true)]
    [InlineData(19_999, 0, false)]
    [InlineData(50_000, 1_000_000, false)]
    public void IsBulk_AtLeastTwentyThousandAndATenthOfTheIndex(int changed, int documents, bool expected) =>
        IndexSynchronizer.IsBulk(changed, documents).Should().Be(expected);

    [Fact]
    public void NotBuilt_Search_IndexNotReady()
    {
        using var folder = new TempFolder();
        using var index = new QuestionIndex(folder.Path, NullLogger<QuestionIndex>.Instance);
        using var searcher = new QuestionSearcher(index);

        var act = () => searcher.Search(new QuestionSearchRequest { Text = "Ségur" });

        act.Should().Throw<IndexNotReadyException>();
    }

    [Fact]
    public async Task SecondWriter_SameFolder_ReportedAsUnavailable()
    {
        await Store.ImportAsync("seeds");
        using var second = OpenIndex();

        var act = () => second.DocumentCount;

        act.Should().Throw<IndexUnavailableException>();
    }

    [Fact]
    public async Task Commit_WhileSearched_NoReaderSeesAStampBeforeItsSearcherHoldsTheDocuments()
    {
        // Responses are cached under SyncedUpTo (StoreVersion): a reader that saw stamp N and then searched a
        // searcher from before commit N would cache a stale page under the new version, kept until the next write.
        using var folder = new TempFolder();
        using var index = EmptyIndex.Open(folder.Path);
        const int Commits = 150;
        var stale = 0;
        using var stop = new CancellationTokenSource();
        var reader = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                var stamp = index.SyncedUpTo; // stamp n is committed with documents 1..n
                var count = index.Search(searcher => searcher.IndexReader.NumDocs);
                if (count < stamp)
                {
                    Interlocked.Increment(ref stale);
                }
            }
        });

        for (var n = 1; n <= Commits; n++)
        {
            index.Upsert([EmptyIndex.Document(n, "Texte " + n)]);
            index.Commit(n);
        }

        await stop.CancelAsync();
        await reader;
        stale.Should().Be(0);
        index.DocumentCount.Should().Be(Commits);
    }

    private static QuestionDocument SomeDocument(string key, string title)
    {
        var parts = key.Split('-');
        return new QuestionDocument
        {
            Id = 1_000,
            Key = new QuestionKey(
                Enum.Parse<QuestionType>(parts[0]),
                int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture)),
            Title = title,
            Text = title,
            Status = QuestionStatus.Pending,
        };
    }

    private string LiveGeneration() => Path.Combine(Store.IndexPath, File.ReadAllText(Path.Combine(Store.IndexPath, "current")).Trim());

    private QuestionIndex OpenIndex() => new(Store.IndexPath, NullLogger<QuestionIndex>.Instance);

    private IndexSynchronizer Synchronizer(QuestionIndex index) =>
        new(Store.Services.GetRequiredService<IDbContextFactory<QuestionsDbContext>>(), index, NullLogger<IndexSynchronizer>.Instance);
}
