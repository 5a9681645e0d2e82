using System.Net;
using System.Text.Json.Nodes;
using QuestionsEcrites.IntegrationTests.Infrastructure;
using QuestionsEcrites.Testing;

namespace QuestionsEcrites.IntegrationTests.Api;

/// <summary>
/// The OpenAPI document is part of the API: it is compared with the committed copy (an API change is a visible
/// change in review); to accept a change, run the tests with <c>QE_UPDATE_OPENAPI=1</c> and commit the file.
/// </summary>
public sealed class OpenApiDocumentTests(QuestionsApp app) : IClassFixture<QuestionsApp>
{
    private static string CommittedPath => Path.Combine(RepoPaths.Root, "tests", "QuestionsEcrites.IntegrationTests", "Api", "openapi.v1.json");

    [Fact]
    public async Task Document_EqualsTheCommittedCopy()
    {
        var generated = await GetDocumentAsync();
        if (Environment.GetEnvironmentVariable("QE_UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(CommittedPath, generated.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
        }

        var committed = JsonNode.Parse(await File.ReadAllTextAsync(CommittedPath));
        JsonNode.DeepEquals(generated, committed).Should().BeTrue(
            "the API changed: review the difference, then run the tests with QE_UPDATE_OPENAPI=1 and commit " + CommittedPath);
    }

    [Fact]
    public async Task Document_CoversEveryApiRoute_WithFrenchParametersAndProblems()
    {
        var document = await GetDocumentAsync();

        document["openapi"]!.GetValue<string>().Should().StartWith("3.1");
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        paths.Should().BeEquivalentTo(
            "/api/questions", "/api/questions/{legislature}/{number}", "/api/questions/{legislature}/{number}/proches",
            "/api/statistiques/ministeres", "/api/statistiques/deputes", "/api/statistiques/groupes", "/api/statistiques/rubriques", "/api/sante");
        var search = document["paths"]!["/api/questions"]!["get"]!;
        var parameters = search["parameters"]!.AsArray();
        parameters.Should().OnlyContain(p => !string.IsNullOrWhiteSpace(p!["description"]!.GetValue<string>()), "every parameter is described");
        var statut = parameters.Single(p => p!["name"]!.GetValue<string>() == "statut")!;
        statut["schema"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()).Should().Equal("pending", "answered", "closed");
        var taille = parameters.Single(p => p!["name"]!.GetValue<string>() == "taille")!;
        taille["schema"]!["maximum"]!.GetValue<int>().Should().Be(100);
        search["responses"]!["400"]!["content"]!["application/problem+json"].Should().NotBeNull("errors are problem+json");
        document["paths"]!["/api/questions/{legislature}/{number}"]!["get"]!["responses"]!["404"].Should().NotBeNull();
    }

    [Fact]
    public async Task HumanPage_ServedOffline_AtApi()
    {
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = true });
        var page = await client.GetStringAsync(new Uri("/api", UriKind.Relative));

        page.Should().Contain("src=\"scalar.js\"").And.Contain("openapi/v1.json");
        page.Should().NotContain("cdn.", "no script or font from a CDN");
        page.Should().Contain("<html lang=\"fr\">", "the page is in French (axe: html-has-lang)");
        using var script = await client.GetAsync(new Uri("/api/scalar.js", UriKind.Relative));
        script.StatusCode.Should().Be(HttpStatusCode.OK);
        (await script.Content.ReadAsByteArrayAsync()).Length.Should().Be((int)script.Content.Headers.ContentLength!.Value, "its script served whole, untouched");
        var unknown = await client.GetAsync(new Uri("/api/bidule", UriKind.Relative));
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound, "any other /api path stays the API's 404");
        unknown.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    private async Task<JsonNode> GetDocumentAsync()
    {
        using var client = app.CreateClient();
        return JsonNode.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!;
    }
}
