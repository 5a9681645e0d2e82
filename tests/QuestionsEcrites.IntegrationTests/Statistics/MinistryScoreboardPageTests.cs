using System.Net;
using QuestionsEcrites.IntegrationTests.Infrastructure;
using QuestionsEcrites.Testing;

namespace QuestionsEcrites.IntegrationTests.Statistics;

/// <summary>The page <c>/ministeres</c> against <see cref="AccountabilityFixture"/>: the same figures as the API, readable.</summary>
public sealed class MinistryScoreboardPageTests(AccountabilityApp fixture) : IClassFixture<AccountabilityApp>
{
    [Fact]
    public async Task Scoreboard_RowsInFrenchWithTheirFigures()
    {
        var (response, document) = await HtmlPage.GetAsync(fixture.App, "/ministeres");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var rows = document.QuerySelectorAll("[data-testid=scoreboard-row]");
        rows.Select(r => r.QuerySelector("th a")!.TextContent).Should()
            .Equal(AccountabilityFixture.Sante, AccountabilityFixture.Travail, AccountabilityFixture.Interieur, AccountabilityFixture.Armees);
        var sante = rows[0];
        sante.QuerySelector("[data-testid=cell-questions]")!.TextContent.Should().Be("11");
        sante.QuerySelector("[data-testid=cell-on-time-rate]")!.TextContent.Should().Be("44 %");
        sante.QuerySelector("[data-testid=cell-overdue]")!.TextContent.Should().Be("2");
        var oldest = sante.QuerySelector("a[href='/questions/17/6']")!;
        oldest.TextContent.Should().Be("202 jours");
        oldest.GetAttribute("title").Should().Contain("5 mai 2026");
        rows[3].QuerySelector("[data-testid=cell-on-time-rate]")!.TextContent.Should().Be("—", "Armées has no known outcome yet");
        document.QuerySelector("[data-testid=scoreboard-total]")!.TextContent.Should().Contain("Ensemble");
        document.QuerySelector("[data-testid=undated]")!.TextContent.Should().Contain("1 question(s) sans date de publication");
        document.QuerySelector("caption")!.TextContent.Should().Contain("23 novembre 2026");
    }

    [Fact]
    public async Task Scoreboard_EveryColumnSortableWithItsReading()
    {
        var (_, document) = await HtmlPage.GetAsync(fixture.App, "/ministeres?legislature=17&tri=en-retard");

        var headings = document.QuerySelectorAll("thead th");
        headings.Should().HaveCount(13);
        foreach (var heading in headings)
        {
            var code = heading.GetAttribute("data-column")!;
            heading.QuerySelector($"[data-testid=sort-{code}]")!.GetAttribute("href").Should().Contain($"tri={code}").And.Contain("legislature=17");
            document.GetElementById($"lecture-{code}").Should().NotBeNull("each column has its reading");
        }

        var sorted = document.QuerySelector("th[data-column=en-retard]")!;
        sorted.GetAttribute("aria-sort").Should().Be("descending");
        sorted.QuerySelector("a")!.GetAttribute("href").Should().Contain("ordre=asc", "the sorted column's link sorts the other way");
        document.QuerySelector("th[data-column=questions]")!.GetAttribute("aria-sort").Should().Be("none");
        document.QuerySelectorAll("[data-testid=scoreboard-row] th a").Select(a => a.TextContent).First().Should().Be(AccountabilityFixture.Travail, "Travail has 4 overdue, Santé and Intérieur 2");
    }

    [Fact]
    public async Task Scoreboard_ChartOfOnTimeRatesAccessibleAndMatchingTheTable()
    {
        var (_, document) = await HtmlPage.GetAsync(fixture.App, "/ministeres");

        var svg = document.QuerySelector("[data-testid=bar-chart] svg")!;
        svg.GetAttribute("role").Should().Be("img");
        var labelledBy = svg.GetAttribute("aria-labelledby")!.Split(' ');
        document.GetElementById(labelledBy[0])!.TextContent.Should().Be("Taux de réponse dans le délai de deux mois, par ministère");
        document.GetElementById(labelledBy[1])!.TextContent.Should().Contain("Santé : 44 %").And.Contain("Intérieur : 38 %").And.Contain("Travail : 22 %");
        svg.QuerySelectorAll(".chart-value").Select(t => t.TextContent).Should().Equal("44 %", "38 %", "22 %");
        svg.QuerySelectorAll(".chart-bar").Select(r => r.GetAttribute("width")).Should().Equal("36.44%", "30.75%", "18.22%");
    }

    [Theory]
    [InlineData("?legislature=99", "legislature")]
    [InlineData("?du=2026-06-01&au=2026-01-01", "du")]
    [InlineData("?du=31/02/2026", "du")]
    [InlineData("?tri=n'importe", "tri")]
    public async Task Scoreboard_BadParameter_400PageInFrenchNamingIt(string query, string parameter)
    {
        var (response, document) = await HtmlPage.GetAsync(fixture.App, "/ministeres" + query);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        document.QuerySelector("[data-testid=errors]")!.TextContent.Should().Contain($"« {parameter} »");
        document.QuerySelector("[data-testid=statistics-filters]").Should().NotBeNull("the form stays to correct the filter");
    }

    [Fact]
    public async Task Scoreboard_WindowWithNoQuestion_SaysSo()
    {
        var (response, document) = await HtmlPage.GetAsync(fixture.App, "/ministeres?du=2030-01-01");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        document.QuerySelector("[data-testid=scoreboard-empty]")!.TextContent.Should().Contain("Aucune question écrite");
    }
}
