using System.Net;
using System.Text.Json.Nodes;
using QuestionsEcrites.IntegrationTests.Infrastructure;

namespace QuestionsEcrites.IntegrationTests.Web;

/// <summary>Unexpected methods, the error page and the API's errors: never a 500, never user input echoed raw.</summary>
public sealed class MethodsAndErrorsTests(QuestionsApp app) : IClassFixture<QuestionsApp>
{
    public static TheoryData<string, string> MethodsOnEveryRoute()
    {
        string[] urls =
        [
            "/", "/questions", "/questions?q=S%C3%A9gur", "/questions/17/1223", "/rubriques", "/rubriques/sante",
            "/ministeres", "/ministeres/sante-et-acces-aux-soins", "/deputes", "/deputes/marie-charlotte-garin-17",
            "/groupes", "/groupes/ecologiste-et-social", "/signalees", "/api/statistiques/ministeres",
            "/api/questions", "/api/questions/17/1223", "/api/sante",
        ];
        var data = new TheoryData<string, string>();
        foreach (var url in urls)
        {
            foreach (var method in new[] { "TRACE", "POST", "PUT", "DELETE", "PATCH" })
            {
                data.Add(method, url);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(MethodsOnEveryRoute))]
    public async Task UnexpectedMethod_AnyRoute_405WithAllow(string method, string url)
    {
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative));

        using var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.Should().Contain("GET");
        var body = await response.Content.ReadAsStringAsync();
        if (url.StartsWith("/api", StringComparison.Ordinal))
        {
            response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
            JsonNode.Parse(body)!["title"]!.GetValue<string>().Should().Be("Méthode non autorisée");
        }
        else
        {
            body.Should().Contain("Méthode non autorisée");
        }
    }

    [Fact]
    public async Task Head_Page_200AsHtml()
    {
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Head, new Uri("/questions/17/1223", UriKind.Relative));

        using var response = await client.SendAsync(request);

        // The test server keeps the body of a HEAD response (Kestrel drops it): the status and type are what count.
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
    }

    [Theory]
    [InlineData("/Error")]
    [InlineData("/Error?code=500")]
    [InlineData("/error")]
    public async Task ErrorPage_RequestedDirectly_404(string url)
    {
        var (response, document) = await HtmlPage.GetAsync(app, url);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        document.QuerySelector("h1")!.TextContent.Should().Be("Page introuvable");
    }

    [Theory]
    [InlineData("/api/questions/17")]
    [InlineData("/api/inconnue")]
    [InlineData("/api/questions/17/1223/inconnue")]
    public async Task Api_UnknownAddress_ProblemJson404(string url)
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        body["status"]!.GetValue<int>().Should().Be(404);
        body["title"]!.GetValue<string>().Should().Be("Ressource introuvable");
    }

    [Theory]
    [InlineData("/api/questions?legislature=%3Cscript%3Ealert(1)%3C/script%3E")]
    [InlineData("/api/questions?tri=%3Cscript%3E")]
    [InlineData("/api/questions/%3Cscript%3E/1")]
    [InlineData("/api/questions/17/1?type=%3Cimg%20src=x%20onerror=alert(1)%3E")]
    public async Task Api_HostileParameter_ProblemDoesNotEchoMarkup(string url)
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var raw = await response.Content.ReadAsStringAsync();
        raw.Should().NotContain("<").And.NotContain(">");
        JsonNode.Parse(raw)!["detail"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace("the message still names the parameter, escaped");
    }
}
