using QuestionsEcrites.Domain.Questions;
using QuestionsEcrites.Domain.Statistics;
using QuestionsEcrites.Web.Statistics;

namespace QuestionsEcrites.IntegrationTests.Statistics;

/// <summary>A scoreboard of thousands of rows (the deputies) shows them a page at a time, its filters and order kept.</summary>
public sealed class ScoreboardPagingTests
{
    private static readonly AccountabilityFigures Empty = new(1, 0, 0, 0, 0, null, 1, 0, 0, 0, 0, 0, null);

    private static ScoreboardView View(int rows, int page) => new(
        new Scoreboard(
            Enumerable.Range(1, rows).Select(i => new ScoreboardRow($"Député {i:0000}", $"d-{i}", $"/deputes/d-{i}", null, Empty)).ToList(),
            Empty,
            new DateOnly(2026, 11, 23),
            ScoreboardSort.Default),
        "/deputes",
        new StatisticsParameters { Legislature = "17", Tri = "en-retard", Ordre = "asc" },
        "Député")
    { Page = page, PageSize = 100 };

    [Fact]
    public void ThousandRows_TenPagesOfAHundred()
    {
        var view = View(1_000, 3);

        view.PageCount.Should().Be(10);
        view.PageRows.Select(r => r.Slug).Should().HaveCount(100).And.StartWith("d-201");
        view.PageHref(4).Should().Be("/deputes?legislature=17&tri=en-retard&ordre=asc&page=4");
    }

    [Fact]
    public void LastPage_TheRest()
    {
        View(1_050, 11).PageRows.Should().HaveCount(50);
        View(0, 1).PageCount.Should().Be(1);
    }
}
