using System.Net;
using QuestionsEcrites.IntegrationTests.Infrastructure;
using QuestionsEcrites.Testing;

namespace QuestionsEcrites.IntegrationTests.Statistics;

/// <summary>A ministry's page against <see cref="AccountabilityFixture"/>: figures, months, delays, oldest overdue, then its list.</summary>
public sealed class MinistryPageTests(AccountabilityApp fixture) : IClassFixture<AccountabilityApp>
{
    [Fact]
    public async Task Sante_FiguresAsComputedByHand()
    {
        var (response, document) = await HtmlPage.GetAsync(fixture.App, "/ministeres/sante");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var figures = document.QuerySelector("[data-testid=report-figures]")!;
        figures.QuerySelector("[data-testid=figure-questions]")!.TextContent.Should().Be("11");
        figures.QuerySelector("[data-testid=figure-on-time]")!.TextContent.Should().Be("44 %");
        figures.TextContent.Should().Contain("4 sur 9 dont l'issue est connue").And.Contain("60 jours").And.Contain("sur 4 en attente");
        figures.QuerySelector("[data-testid=figure-overdue]")!.TextContent.Should().Be("2");
        document.QuerySelectorAll("#results [data-testid=result]").Should().HaveCount(13, "the list follows: the questions asked to Santé or assigned to it, 1 to 12 and 13 (reassigned to Travail)");
    }

    [Fact]
    public async Task Sante_MonthsFromItsFirstQuestionToToday()
    {
        var (_, document) = await HtmlPage.GetAsync(fixture.App, "/ministeres/sante");

        // December 2023 (question 5) to November 2026: 36 months.
        var rows = document.QuerySelectorAll("[data-testid=monthly-table] tbody tr")
            .ToDictionary(r => r.QuerySelector("th")!.TextContent, r => r.QuerySelectorAll("td").Select(td => td.TextContent).ToArray());
        rows.Should().HaveCount(36);
        rows.Keys.First().Should().Be("décembre 2023");
        rows["juin 2026"].Should().Equal("2", "0", "1");        // 9 and 10 published; 6 overdue at 30 June (due 5 May)
        rows["août 2026"].Should().Equal("0", "1", "2");        // 9 answered on 8 August; 6 and 10 (due 1 August) overdue at its end
        rows["février 2026"].Should().Equal("1", "2", "0");     // 8 published; 1 and 3 answered; 4, due 28 February, not yet overdue at that day's end
        rows["mars 2026"].Should().Equal("1", "2", "0");        // 6 published; 2 and 4 answered
        rows["novembre 2026"].Should().Equal("1", "0", "2");    // 11 published; today's stock: 6 and 10
        var svg = document.QuerySelector("[data-testid=monthly-chart] svg")!;
        svg.GetAttribute("role").Should().Be("img");
        svg.QuerySelectorAll("polyline").Should().HaveCount(3);
        svg.QuerySelector("desc")!.TextContent.Should().Contain("De décembre 2023 à novembre 2026").And.Contain("2 questions en retard aujourd'hui");
    }

    [Fact]
    public async Task Sante_DelaysInWeeks()
    {
        var (_, document) = await HtmlPage.GetAsync(fixture.App, "/ministeres/sante");

        // 41 days: 5 weeks; 59, 59, 60, 60: 8 weeks; 68: 9 weeks.
        var counts = document.QuerySelectorAll("[data-testid=histogram-table] tbody tr td").Select(td => td.TextContent).ToList();
        counts.Should().HaveCount(27);
        counts[5].Should().Be("1");
        counts[8].Should().Be("4");
        counts[9].Should().Be("1");
        counts.Where((_, i) => i is not (5 or 8 or 9)).Should().AllBe("0");
        document.QuerySelector("[data-testid=histogram] svg")!.GetAttribute("role").Should().Be("img");
    }

    [Fact]
    public async Task Sante_OldestOverdueFirst()
    {
        var (_, document) = await HtmlPage.GetAsync(fixture.App, "/ministeres/sante");

        var items = document.QuerySelectorAll("[data-testid=oldest-overdue] li");
        items.Select(i => i.QuerySelector("a")!.GetAttribute("href")).Should().Equal("/questions/17/6", "/questions/17/10");
        items[0].TextContent.Should().Contain("Question de contrôle n° 6").And.Contain("en retard de 202 jours").And.Contain("échéance le 5 mai 2026");
    }

    [Fact]
    public async Task Sante_Legislature17_FiguresAndListFiltered()
    {
        var (_, document) = await HtmlPage.GetAsync(fixture.App, "/ministeres/sante?legislature=17");

        document.QuerySelector("[data-testid=figure-questions]")!.TextContent.Should().Be("10");
        document.QuerySelector("[data-testid=report]")!.TextContent.Should().Contain("17e législature");
    }

    [Fact]
    public async Task UnknownMinistry_French404()
    {
        var (response, document) = await HtmlPage.GetAsync(fixture.App, "/ministeres/ministere-de-la-magie");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        document.Body!.TextContent.Should().Contain("introuvable");
    }
}
