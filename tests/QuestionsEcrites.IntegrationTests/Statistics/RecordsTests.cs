using System.Net;
using System.Text.Json.Nodes;
using QuestionsEcrites.IntegrationTests.Infrastructure;
using QuestionsEcrites.Testing;

namespace QuestionsEcrites.IntegrationTests.Statistics;

/// <summary>Groups', deputies' and rubriques' records against <see cref="AccountabilityFixture"/>, computed by hand.</summary>
public sealed class RecordsTests(AccountabilityApp fixture) : IClassFixture<AccountabilityApp>
{
    private async Task<JsonNode> GetJsonAsync(string url)
    {
        using var client = fixture.App.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static int[] Counts(JsonNode item) =>
    [
        item["questions"]!.GetValue<int>(), item["answered"]!.GetValue<int>(), item["answeredOnTime"]!.GetValue<int>(),
        item["pending"]!.GetValue<int>(), item["overdue"]!.GetValue<int>(), item["closedUnanswered"]!.GetValue<int>(),
        item["signaled"]!.GetValue<int>(), item["signaledAnsweredInTime"]!.GetValue<int>(), item["dueOrAnswered"]!.GetValue<int>(),
    ];

    [Fact]
    public async Task Groups_OneGroupAddsUpTheMinistries()
    {
        var body = await GetJsonAsync("/api/statistiques/groupes");

        // Every fixture question is of « Les Démocrates »: the sums of Santé, Travail, Intérieur and Armées (30 dated).
        var group = body["items"]!.AsArray().Should().ContainSingle().Subject!;
        group["group"]!.GetValue<string>().Should().Be("Les Démocrates");
        group["ministry"].Should().BeNull("the name sits under « group » only");
        Counts(group).Should().Equal(30, 15, 9, 12, 8, 3, 5, 2, 26);

        // The 15 delays: 13,14,22,41,59,59,60,60,60,61,62,66,68,70,95: the 8th is 60.
        group["medianDays"]!.GetValue<int>().Should().Be(60);
        group["undated"]!.GetValue<int>().Should().Be(1);
    }

    [Fact]
    public async Task Deputies_OneRowPerLegislature()
    {
        var body = await GetJsonAsync("/api/statistiques/deputes?tri=nom");

        var rows = body["items"]!.AsArray().Select(i => i!).ToDictionary(i => i["slug"]!.GetValue<string>());
        rows.Keys.Should().BeEquivalentTo("jean-dupont-15", "jean-dupont-16", "jean-dupont-17");

        // 16th: 5 (Santé, on time, 60 days), 16 (Travail, closed before due), 22 (Travail, on time, 22 days).
        Counts(rows["jean-dupont-16"]).Should().Equal(3, 2, 2, 0, 0, 1, 0, 0, 3);
        rows["jean-dupont-16"]["medianDays"]!.GetValue<int>().Should().Be(41);
        rows["jean-dupont-16"]["deputy"]!.GetValue<string>().Should().Be("M. Jean Dupont");

        // 15th: 25 only.
        Counts(rows["jean-dupont-15"]).Should().Equal(1, 1, 1, 0, 0, 0, 0, 0, 1);
    }

    [Fact]
    public async Task DeputiesPage_RecordColumnsAndReport()
    {
        var (_, list) = await HtmlPage.GetAsync(fixture.App, "/deputes");

        list.QuerySelectorAll("thead th").Select(th => th.GetAttribute("data-column")).Should()
            .Equal("nom", "questions", "repondues", "taux-de-reponse", "delai-median", "en-attente", "en-retard", "signalees");
        list.QuerySelectorAll("[data-testid=scoreboard-row] .row-detail").Select(d => d.TextContent).Should().Contain(d => d.StartsWith("16e législature · Les Démocrates · Gironde (2e circ.)", StringComparison.Ordinal));

        var (response, page) = await HtmlPage.GetAsync(fixture.App, "/deputes/jean-dupont-16");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.QuerySelector("[data-testid=figure-questions]")!.TextContent.Should().Be("3");
        page.QuerySelector("[data-testid=figure-answered]")!.TextContent.Should().Be("67 %");
        page.QuerySelector("[data-testid=figure-median]")!.TextContent.Should().Be("41 jours");
    }

    [Fact]
    public async Task DeputiesPage_SortByAColumnItDoesNotShow_French400()
    {
        var (response, page) = await HtmlPage.GetAsync(fixture.App, "/deputes?tri=closes");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        page.QuerySelector("[data-testid=errors]")!.TextContent.Should().Contain("« tri »");
    }

    [Fact]
    public async Task GroupPage_ReportAndList()
    {
        var (response, page) = await HtmlPage.GetAsync(fixture.App, "/groupes/les-democrates");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.QuerySelector("[data-testid=figure-questions]")!.TextContent.Should().Be("30");
        page.QuerySelector("[data-testid=figure-overdue]")!.TextContent.Should().Be("8");
        page.QuerySelectorAll("[data-testid=oldest-overdue] li a").First().GetAttribute("href").Should().Be("/questions/17/18", "304 days, the oldest of all");
        page.QuerySelector("[data-testid=result-count]")!.TextContent.Should().Contain("31 questions", "the list holds the group's questions, the undated one included");
    }

    [Fact]
    public async Task RubriquesPage_Scoreboard()
    {
        var (_, page) = await HtmlPage.GetAsync(fixture.App, "/rubriques");

        // The text pages carry « Santé »; the undated open-data question « santé » too (one rubrique).
        var row = page.QuerySelectorAll("[data-testid=scoreboard-row]").Should().ContainSingle().Subject;
        row.QuerySelector("[data-testid=cell-questions]")!.TextContent.Should().Be("30");
        page.QuerySelector("[data-testid=bar-chart]").Should().NotBeNull();
    }

    [Fact]
    public async Task Home_KeyFiguresFromTheSameCount()
    {
        var (_, page) = await HtmlPage.GetAsync(fixture.App, "/");

        page.QuerySelector("[data-testid=question-count]")!.TextContent.Should().Be("31", "30 dated and 1 undated");
        page.QuerySelector("[data-testid=overdue-count]")!.TextContent.Should().Be("8");
        page.QuerySelector("[data-testid=median-delay]")!.TextContent.Should().Be("60 jours");
    }

    [Theory]
    [InlineData("/deputes?page=0")]
    [InlineData("/deputes?page=2")]
    [InlineData("/ministeres?page=deux")]
    public async Task Scoreboards_PageOutOfRange_French400(string url)
    {
        var (response, page) = await HtmlPage.GetAsync(fixture.App, url);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        page.QuerySelector("[data-testid=errors]")!.TextContent.Should().Contain("« page »");
    }
}
