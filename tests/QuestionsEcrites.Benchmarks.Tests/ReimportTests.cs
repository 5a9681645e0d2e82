using QuestionsEcrites.Testing;

namespace QuestionsEcrites.Benchmarks.Tests;

/// <summary>
/// Re-importing the same files is a no-op on a realistic corpus, not only on the seeds: the generator mixes the
/// spellings real documents use for one deputy (straight and typographic apostrophes in « Côte-d'Or », names…),
/// which once flipped the stored author back and forth and reported updates at every run.
/// </summary>
public sealed class ReimportTests : WorkFolderTests
{
    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    public async Task ImportTwice_GeneratedCorpus_SecondImportChangesNothing(string format)
    {
        var corpus = Path.Combine(Work.Path, format);
        (await RunAsync("generate", "--count", "4000", "--out", corpus, "--format", format)).Should().Be(0);
        await using var store = await TestStore.CreateAsync();
        var first = await store.ImportFromAsync(Work.Path, corpus);
        var stamp = await MaxStampAsync(store);

        var second = await store.ImportFromAsync(Work.Path, corpus);

        first.Added.Should().BeGreaterThan(3_900);
        first.Rejected.Should().BeEmpty();
        second.Added.Should().Be(0);
        second.Updated.Should().Be(0, "the same files hold nothing new");
        second.Unchanged.Should().Be(first.Added + first.Updated);
        (await MaxStampAsync(store)).Should().Be(stamp, "no row was written again");
    }

    private static async Task<long> MaxStampAsync(TestStore store)
    {
        await using var db = store.CreateDbContext();
        return db.Questions.Max(q => q.ChangeStamp);
    }
}
