using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using QuestionsEcrites.IntegrationTests.Infrastructure;

namespace QuestionsEcrites.IntegrationTests.Api;

/// <summary>
/// A search that finds nothing because of a typo serves the corrected spelling's results and says so, on the API
/// (<c>correctedQuery</c>) and on the page (with a link to search the words as typed); words the index holds and
/// quoted phrases are never corrected.
/// </summary>
public sealed class SpellingCorrectionTests(QuestionsApp app) : IClassFixture<QuestionsApp>
{
    private async Task<(HttpStatusCode Status, JsonNode? Body)> GetJsonAsync(string url)
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    [Theory]
    [InlineData("prime segru", "prime segur")] // two letters swapped
    [InlineData("revalorisatoin salariés", "revalorisation salariés")] // long word: two edits allowed
    [InlineData("le financment", "le financement")] // a letter missing; the stop word stays as typed
    public async Task Typo_FindsNothing_ServesTheCorrectedSpelling(string typed, string corrected)
    {
        var (status, body) = await GetJsonAsync("/api/questions?q=" + Uri.EscapeDataString(typed));

        status.Should().Be(HttpStatusCode.OK);
        body!.AsObject().ContainsKey("correctedQuery").Should().BeTrue(body.ToJsonString()[..Math.Min(300, body.ToJsonString().Length)]);
        body["correctedQuery"]!.GetValue<string>().Should().Be(corrected);
        body["total"]!.GetValue<int>().Should().BeGreaterThan(0);
        body["items"]!.AsArray().Should().OnlyContain(i => i!["snippet"]!.GetValue<string>().Contains("<mark>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StrictSpelling_TheWordsAsTyped_NothingFound()
    {
        var (status, body) = await GetJsonAsync("/api/questions?q=prime%20segru&orthographe=stricte");

        status.Should().Be(HttpStatusCode.OK);
        body!["total"]!.GetValue<int>().Should().Be(0);
        body.AsObject().ContainsKey("correctedQuery").Should().BeFalse();
    }

    [Theory]
    [InlineData("Ségur")] // held by the index: found, nothing to correct
    [InlineData("\"prime segru\"")] // inside quotes: as typed, even if nothing is found
    [InlineData("zzzzqqqq")] // nothing close enough
    [InlineData("seg")] // too short to correct
    [InlineData("prime Ségurr")] // found as typed (stemming reads it as « Ségur »): nothing to correct
    [InlineData("d'apui")] // « appui » stands in a single question: not frequent enough to be offered
    public async Task NoCorrection(string typed)
    {
        var (_, body) = await GetJsonAsync("/api/questions?q=" + Uri.EscapeDataString(typed));

        body!.AsObject().ContainsKey("correctedQuery").Should().BeFalse();
    }

    [Fact]
    public async Task SpellingParameter_Unknown_FrenchProblemNamingIt()
    {
        var (status, body) = await GetJsonAsync("/api/questions?q=segur&orthographe=souple");

        status.Should().Be(HttpStatusCode.BadRequest);
        body!.ToJsonString().Should().Contain("orthographe");
    }

    [Fact]
    public async Task Page_SaysWhatItCorrected_WithALinkToTheWordsAsTyped()
    {
        using var client = app.CreateClient();
        var html = await client.GetStringAsync(new Uri("/questions?q=prime%20segru", UriKind.Relative));
        using var document = new HtmlParser().ParseDocument(html);

        var notice = document.QuerySelector("[data-testid=correction]")!;
        notice.TextContent.Should().Contain("Aucun résultat pour « prime segru »").And.Contain("résultats pour « prime segur »");
        document.QuerySelector("[data-testid=result-count]")!.TextContent.Should().Contain("pour « prime segur »");
        var strict = notice.QuerySelector("[data-testid=strict-spelling]")!.GetAttribute("href");
        strict.Should().Contain("orthographe=stricte").And.Contain("q=prime%20segru");

        var asTyped = await client.GetStringAsync(new Uri(strict!, UriKind.Relative));
        using var strictDocument = new HtmlParser().ParseDocument(asTyped);
        strictDocument.QuerySelector("[data-testid=correction]").Should().BeNull();
        strictDocument.QuerySelector("[data-testid=result-count]")!.TextContent.Should().Contain("Aucune question");
    }
}
