using System.Net;
using AngleSharp.Html.Parser;
using QuestionsEcrites.IntegrationTests.Infrastructure;

namespace QuestionsEcrites.IntegrationTests.Web;

public sealed class HomePageTests(QuestionsApp app) : IClassFixture<QuestionsApp>
{
    [Fact]
    public async Task Get_FreshStart_ListsTheFiveImportedSeeds()
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        document.DocumentElement.GetAttribute("lang").Should().Be("fr");
        document.QuerySelector("[data-testid=question-count]")!.TextContent.Should().Be("5");
        var titles = document.QuerySelectorAll("#latest-questions [data-testid=result] .result-title").Select(e => e.TextContent).ToList();
        titles.Should().HaveCount(5);
        titles[0].Should().Be("Pérennisation du dispositif SecPa", "the newest question comes first");
        titles.Should().Contain("Soutien au secteur médico-social et mise en œuvre du « Ségur pour tous »");
    }

    [Fact]
    public async Task Get_UnknownPage_FrenchNotFoundPage()
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync(new Uri("/pas-de-page-ici", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Page introuvable");
    }
}
