using System.Net;
using System.Text.Json.Nodes;
using QuestionsEcrites.IntegrationTests.Infrastructure;

namespace QuestionsEcrites.IntegrationTests.Security;

/// <summary>A client that floods the machine routes gets 429 with Retry-After and a French problem; pages and the health check do not.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task Api_BeyondItsBucket_429WithRetryAfter_PagesAndHealthStillServed()
    {
        using var app = new QuestionsApp { Settings = [("RateLimiting:RequestsPerMinute", "5")] };
        using var client = app.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            (await client.GetAsync(new Uri($"/api/questions?q=Ségur&page={i + 1}", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        using var refused = await client.GetAsync(new Uri("/api/questions?q=prime", UriKind.Relative));
        refused.StatusCode.Should().Be((HttpStatusCode)429);
        refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds.Should().BeInRange(1, 60);
        refused.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["detail"]!.GetValue<string>().Should().StartWith("Cette adresse a fait trop de requêtes");
        (await client.GetAsync(new Uri("/flux/questions", UriKind.Relative))).StatusCode.Should().Be((HttpStatusCode)429, "the feeds share the bucket");

        (await client.GetAsync(new Uri("/questions?q=prime", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK, "people reading pages are not limited");
        (await client.GetAsync(new Uri("/api/sante", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK, "probes never are");
    }

    [Fact]
    public async Task Downloads_StartsPerMinute_Limited()
    {
        using var app = new QuestionsApp { Settings = [("RateLimiting:DownloadsPerMinute", "2")] };
        using var client = app.CreateClient();

        (await client.GetAsync(new Uri("/telechargement/questions.csv", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync(new Uri("/telechargement/questions.json", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);
        using var third = await client.GetAsync(new Uri("/telechargement/questions.csv?q=Ségur", UriKind.Relative));

        third.StatusCode.Should().Be((HttpStatusCode)429);
        third.Headers.RetryAfter.Should().NotBeNull();
    }
}
