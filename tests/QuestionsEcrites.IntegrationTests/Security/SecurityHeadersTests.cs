using System.Net;
using System.Text.RegularExpressions;
using QuestionsEcrites.IntegrationTests.Infrastructure;

namespace QuestionsEcrites.IntegrationTests.Security;

/// <summary>
/// Every response says what it may run and load (a strict CSP: no script on the pages), is never framed or sniffed,
/// names no server; the API's reading page runs only its own scripts, by nonce; nothing of the content root is served.
/// </summary>
public sealed partial class SecurityHeadersTests(QuestionsApp app) : IClassFixture<QuestionsApp>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/questions?q=Ségur")]
    [InlineData("/questions/17/1223")]
    [InlineData("/ministeres")]
    [InlineData("/api/questions?q=Ségur")]
    [InlineData("/flux/questions")]
    [InlineData("/telechargement/questions.json?q=Ségur")]
    [InlineData("/questions/17/999999")]
    [InlineData("/api/questions?statut=bidule")]
    [InlineData("/css/site.css")]
    public async Task EveryResponse_StrictHeaders_NoServerName(string url)
    {
        using var response = await app.CreateClient().GetAsync(new Uri(url, UriKind.Relative));

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.Should().Contain("default-src 'none'").And.Contain("frame-ancestors 'none'").And.Contain("base-uri 'none'");
        csp.Should().NotContain("script-src", "the pages run no script at all").And.NotContain("unsafe-inline");
        response.Headers.GetValues("X-Content-Type-Options").Single().Should().Be("nosniff");
        response.Headers.GetValues("Referrer-Policy").Single().Should().Be("strict-origin-when-cross-origin");
        response.Headers.GetValues("Permissions-Policy").Single().Should().Contain("camera=()");
        response.Headers.GetValues("X-Frame-Options").Single().Should().Be("DENY");
        response.Headers.Server.Should().BeEmpty();
    }

    [Fact]
    public async Task ApiReadingPage_ItsScriptsByNonce_NothingElse()
    {
        using var response = await app.CreateClient().GetAsync(new Uri("/api/", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        var nonce = NoncePattern().Match(csp).Groups[1].Value;
        nonce.Should().NotBeEmpty();
        csp.Should().Contain("script-src 'self' 'nonce-").And.NotContain("unsafe-eval");
        var scripts = ScriptPattern().Matches(html).Select(m => m.Value).ToList();
        scripts.Should().NotBeEmpty().And.OnlyContain(tag => tag.Contains($"nonce=\"{nonce}\"", StringComparison.Ordinal), "every script carries the response's nonce");

        using var again = await app.CreateClient().GetAsync(new Uri("/api/", UriKind.Relative));
        NoncePattern().Match(again.Headers.GetValues("Content-Security-Policy").Single()).Groups[1].Value.Should().NotBe(nonce, "a fresh nonce per response");
    }

    [Theory]
    [InlineData("/App_Data/questions.db")]
    [InlineData("/app_data/questions.db")]
    [InlineData("/App_Data%2Fquestions.db")]
    [InlineData("/%2e%2e/appsettings.json")]
    [InlineData("/../appsettings.json")]
    [InlineData("/appsettings.json")]
    [InlineData("/QuestionsEcrites.Web.dll")]
    [InlineData("/css/..%2f..%2fappsettings.json")]
    [InlineData("/wwwroot/css/site.css")]
    public async Task ContentRoot_NeverServed(string url)
    {
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        using var response = await client.SendAsync(request);

        response.StatusCode.Should().BeOneOf(HttpStatusCode.NotFound, HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().NotContain("SQLite format").And.NotContain("ConnectionStrings");
    }

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex NoncePattern();

    [GeneratedRegex("<script[^>]*>")]
    private static partial Regex ScriptPattern();
}
