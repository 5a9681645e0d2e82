using System.Net;
using QuestionsEcrites.IntegrationTests.Infrastructure;

namespace QuestionsEcrites.IntegrationTests.Statistics;

/// <summary>
/// <c>/signalees</c> against <see cref="Testing.AccountabilityFixture"/>: 9 (Santé, kept), 10 (Santé, missed),
/// 11 (Santé, running), 21 (Travail, kept on its tenth day), 27 (Intérieur, missed).
/// </summary>
public sealed class SignaledPageTests(AccountabilityApp fixture) : IClassFixture<AccountabilityApp>
{
    [Fact]
    public async Task Signalees_LatestFirstWithTheirTenDays()
    {
        var (response, document) = await HtmlPage.GetAsync(fixture.App, "/signalees");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        document.QuerySelector("[data-testid=signaled-count]")!.TextContent.Should().Be("5");
        document.QuerySelector("[data-testid=signaled-rate]")!.TextContent.Should().Be("50 %", "2 kept of the 4 whose outcome is known");
        var rows = document.QuerySelectorAll("[data-testid=signaled-row]");
        rows.Select(r => r.QuerySelector("a")!.GetAttribute("href")).Should().Equal("/questions/17/11", "/questions/17/27", "/questions/17/10", "/questions/17/9", "/questions/17/21");
        rows.Select(r => r.QuerySelector("[data-testid=signaled-outcome] .badge")!.TextContent).Should().Equal("en cours", "non tenu", "non tenu", "tenu", "tenu");
        rows[0].TextContent.Should().Contain("30 novembre 2026").And.Contain("7 jours restant(s)");
        rows[1].TextContent.Should().Contain("réponse le 20 octobre 2026");
    }

    [Fact]
    public async Task Signalees_FiguresPerMinistryAndGroup()
    {
        var (_, document) = await HtmlPage.GetAsync(fixture.App, "/signalees");

        var ministries = document.QuerySelectorAll("[data-testid=signaled-by-ministry] tbody tr")
            .Select(r => string.Join('|', r.Children.Select(c => c.TextContent.Trim()))).ToList();
        ministries.Should().Equal("Santé|3|2|1|50 %", "Intérieur|1|1|0|0 %", "Travail|1|1|1|100 %");
        document.QuerySelectorAll("[data-testid=signaled-by-group] tbody tr").Select(r => r.Children[1].TextContent).Should().Equal("5");
    }

    [Fact]
    public async Task Signalees_ByMinistry_OnlyItsOwn()
    {
        var (_, document) = await HtmlPage.GetAsync(fixture.App, "/signalees?ministere=sante&legislature=17");

        document.QuerySelectorAll("[data-testid=signaled-row]").Should().HaveCount(3);
        document.QuerySelector("[data-testid=active-filters]")!.TextContent.Should().Contain("Ministère : Santé");
        document.QuerySelector("input[type=hidden][name=ministere]")!.GetAttribute("value").Should().Be("sante", "the form keeps the ministry");
    }

    [Theory]
    [InlineData("?groupe=inconnu", "groupe")]
    [InlineData("?ministere=magie", "ministere")]
    [InlineData("?legislature=40", "legislature")]
    [InlineData("?page=0", "page")]
    [InlineData("?page=2", "page")]
    public async Task Signalees_BadFilter_French400(string query, string parameter)
    {
        var (response, document) = await HtmlPage.GetAsync(fixture.App, "/signalees" + query);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        document.QuerySelector("[data-testid=errors]")!.TextContent.Should().Contain($"« {parameter} »");
    }
}
