using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using QuestionsEcrites.Data.Statistics;
using QuestionsEcrites.Domain.Questions;
using QuestionsEcrites.Testing;

namespace QuestionsEcrites.IntegrationTests.Statistics;

/// <summary>The snapshot saved beside the database: read back as written, and never trusted when it is not this store's.</summary>
public sealed class SnapshotFileTests : StoreTestBase
{
    private static readonly ClockRow[] Rows =
    [
        new(1, 17, 1223, 4, 7, 2, 3, new DateOnly(2024, 10, 22).DayNumber, new DateOnly(2024, 12, 3).DayNumber, ClockRow.None, ClockRow.None, QuestionStatus.Answered),
        new(5, 16, 200, 1, 2, 3, 4, new DateOnly(2022, 7, 26).DayNumber, ClockRow.None, new DateOnly(2022, 9, 1).DayNumber, ClockRow.None, QuestionStatus.Pending),
    ];

    [Fact]
    public void SaveThenLoad_SameRowsAndStamp()
    {
        var file = new SnapshotFile(Path.Combine(Folder.Path, "q.db.clocks"));

        file.Save(Rows, 123_456);

        var (rows, stamp) = file.TryLoad()!.Value;
        stamp.Should().Be(123_456);
        rows.Should().Equal(Rows);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(20)]
    [InlineData(60)]
    public void TruncatedOrForeignFile_Ignored(int keep)
    {
        var path = Path.Combine(Folder.Path, "q.db.clocks");
        var file = new SnapshotFile(path);
        file.Save(Rows, 1);
        File.WriteAllBytes(path, File.ReadAllBytes(path)[..keep]);

        file.TryLoad().Should().BeNull();
    }

    [Fact]
    public async Task FileOfAnotherStore_IgnoredTheStoreIsRead()
    {
        await Store.ImportAsync("seeds");
        var path = Path.Combine(Folder.Path, "q.db.clocks");
        new SnapshotFile(path).Save(Rows, 42); // no question of the seeds has stamp 42
        using var source = NewSource(path);

        var snapshot = await source.CurrentAsync(CancellationToken.None);

        var total = AccountabilityQueries.Total(snapshot, new StatisticsFilter(), new DateOnly(2026, 11, 23));
        total.Questions.Should().Be(5, "the five seeds, not the foreign file's two rows");
        snapshot.Row(1)!.Value.Number.Should().NotBe(1223, "the foreign row 1 was not taken");
    }

    [Fact]
    public async Task LargeImport_SavesTheFile_SmallOneLeavesItToTheSite()
    {
        await Store.ImportAsync("seeds");
        var path = Path.Combine(Folder.Path, "q.db.clocks");
        using var small = NewSource(path);

        await small.SaveAfterImportAsync(5, CancellationToken.None);
        File.Exists(path).Should().BeFalse("a start catches up five rows in milliseconds");

        using var large = NewSource(path);
        await large.SaveAfterImportAsync(10_000, CancellationToken.None);
        var (rows, _) = new SnapshotFile(path).TryLoad()!.Value;
        rows.Should().HaveCount(5, "every question of the store, saved for the site's next start");
        Directory.GetFiles(Folder.Path, "*.tmp").Should().BeEmpty();
    }

    private AccountabilitySnapshotSource NewSource(string path) => new(
        Store.Services.GetRequiredService<ClockRowReader>(),
        Store.Services.GetRequiredService<StatisticsNamesReader>(),
        new SnapshotFile(path),
        NullLogger<AccountabilitySnapshotSource>.Instance);
}
