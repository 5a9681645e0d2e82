using System.Net;
using System.Text.Json.Nodes;
using QuestionsEcrites.IntegrationTests.Infrastructure;
using QuestionsEcrites.Search.Indexing;
using QuestionsEcrites.IntegrationTests.Processes;

namespace QuestionsEcrites.IntegrationTests.Web;

/// <summary>
/// A site that cannot search yet (its index is being built, or another process owns it) still answers at once:
/// a French 503 notice with the store's figures and <c>Retry-After</c> on the searches, the store's own pages as
/// usual; and it takes the index over, and rebuilds it, as soon as it can.
/// </summary>
public sealed class SearchUnavailableTests
{
    [Fact]
    public async Task IndexHeldElsewhere_SearchAnswers503NoticeThenRecovers()
    {
        using var app = new QuestionsApp { Settings = [("Search:SyncIntervalSeconds", "1")] };
        var holder = IndexLock.Acquire(app.IndexPath);
        using var client = app.CreateClient();

        var (page, document) = await HtmlPage.GetAsync(app, "/questions?q=S%C3%A9gur");
        using var api = await client.GetAsync(new Uri("/api/questions?q=S%C3%A9gur", UriKind.Relative));
        var (home, _) = await HtmlPage.GetAsync(app, "/");
        var (details, _) = await HtmlPage.GetAsync(app, "/questions/17/1223");

        page.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        page.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(10));
        document.QuerySelector("h1")!.TextContent.Should().Be("Recherche momentanément indisponible");
        document.QuerySelector("main")!.TextContent.Should().Contain("en cours de construction").And.Contain("5 question(s) écrite(s)");
        api.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        api.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(10));
        api.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json", await api.Content.ReadAsStringAsync());
        JsonNode.Parse(await api.Content.ReadAsStringAsync())!["title"]!.GetValue<string>().Should().Be("Recherche momentanément indisponible");
        home.StatusCode.Should().Be(HttpStatusCode.OK, "the home page reads the store only");
        details.StatusCode.Should().Be(HttpStatusCode.OK, "so does a question's page");

        holder.Dispose();

        var recovered = await SiteProcess.WaitForAsync(
            async () =>
            {
                using var response = await client.GetAsync(new Uri("/api/questions?q=S%C3%A9gur", UriKind.Relative));
                return response.IsSuccessStatusCode && JsonNode.Parse(await response.Content.ReadAsStringAsync())!["total"]!.GetValue<int>() == 4;
            },
            TimeSpan.FromSeconds(30));
        recovered.Should().NotBeNull("the site takes the index over and builds it once released");
    }
}
