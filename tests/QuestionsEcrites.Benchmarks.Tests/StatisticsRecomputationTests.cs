using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using QuestionsEcrites.Data.Statistics;
using QuestionsEcrites.Testing;
using QuestionsEcrites.Web.Statistics;

namespace QuestionsEcrites.Benchmarks.Tests;

/// <summary>
/// On a generated corpus, the ministries' figures the API serves equal those recomputed from the export by a
/// separate implementation (<see cref="ExportFigures"/>), with the same « today ». The corpus has 3,000 questions
/// here; <c>QE_RECOMPUTE_COUNT=100000</c> runs the same check at 100,000 (figures in the benchmarks README).
/// </summary>
public sealed class StatisticsRecomputationTests : WorkFolderTests
{
    [Fact]
    public async Task MinistryFigures_EqualAnIndependentRecomputationFromTheExport()
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable("QE_RECOMPUTE_COUNT"), CultureInfo.InvariantCulture, out var n) ? n : 3_000;
        var corpus = Path.Combine(Work.Path, "corpus");
        (await RunAsync("generate", "--count", count.ToString(CultureInfo.InvariantCulture), "--out", corpus, "--format", "text")).Should().Be(0);
        await using var store = await TestStore.CreateAsync();
        (await store.ImportFromAsync(Work.Path, corpus)).Rejected.Should().BeEmpty();
        var asOf = new DateOnly(2026, 11, 23);

        var services = new ServiceCollection()
            .AddSingleton(store.Services.GetRequiredService<AccountabilitySnapshotSource>())
            .AddSingleton<TimeProvider>(new FixedTimeProvider(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero)))
            .AddMemoryCache()
            .AddSingleton<AccountabilityService>()
            .BuildServiceProvider();
        var board = await services.GetRequiredService<AccountabilityService>()
            .ScoreboardAsync(FigureDimension.Ministry, new StatisticsFilter(), ScoreboardSort.Default, CancellationToken.None);
        var expected = ExportFigures.PerMinistry(await store.ExportAsync(), asOf);

        board.AsOf.Should().Be(asOf);
        board.Rows.Select(r => r.Slug).Should().BeEquivalentTo(expected.Keys);
        foreach (var row in board.Rows)
        {
            var f = row.Figures;
            new ExportFigures.Figures(f.Questions, f.Answered, f.AnsweredOnTime, f.MedianDays, f.Pending, f.Overdue, f.ClosedUnanswered, f.Signaled, f.SignaledAnsweredInTime, f.Undated)
                .Should().Be(expected[row.Slug], row.Name);
        }

        board.Rows.Sum(r => r.Figures.Questions).Should().BeGreaterThan(count * 9 / 10);
        board.Rows.Sum(r => r.Figures.Overdue).Should().BeGreaterThan(0, "the corpus has overdue questions to count");
        board.Rows.Sum(r => r.Figures.Signaled).Should().BeGreaterThan(0, "and signalées");
    }
}
