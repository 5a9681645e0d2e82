using System.Net;
using System.Text.Json.Nodes;
using QuestionsEcrites.IntegrationTests.Infrastructure;
using QuestionsEcrites.Testing;

namespace QuestionsEcrites.IntegrationTests.Api;

public sealed class QuestionsApiTests(QuestionsApp app) : IClassFixture<QuestionsApp>
{
    private async Task<(HttpStatusCode Status, string? ContentType, JsonNode? Body)> GetAsync(string url)
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    private static List<int> Numbers(JsonNode body) => body["items"]!.AsArray().Select(i => i!["number"]!.GetValue<int>()).ToList();

    [Fact]
    public async Task Search_Segur_ContractShapeWithSnippetsAndFacets()
    {
        var (status, contentType, body) = await GetAsync("/api/questions?q=Ségur");

        status.Should().Be(HttpStatusCode.OK);
        contentType.Should().Be("application/json");
        body!["total"]!.GetValue<int>().Should().Be(4);
        body["page"]!.GetValue<int>().Should().Be(1);
        body["pageSize"]!.GetValue<int>().Should().Be(20);
        Numbers(body).Should().BeEquivalentTo([6294, 3949, 13027, 1223]);
        var item = body["items"]!.AsArray().Single(i => i!["number"]!.GetValue<int>() == 1223)!;
        item["legislature"]!.GetValue<int>().Should().Be(17);
        item["title"]!.GetValue<string>().Should().Be("Soutien au secteur médico-social et mise en œuvre du « Ségur pour tous »");
        item["rubrique"]!.GetValue<string>().Should().Be("Institutions sociales et médico sociales");
        item["ministryAssigned"]!.GetValue<string>().Should().Be("Solidarités, autonomie et égalité entre femmes et hommes");
        item["author"]!.GetValue<string>().Should().Be("Mme Marie-Charlotte Garin");
        item["publishedOn"]!.GetValue<string>().Should().Be("2024-10-22");
        item["status"]!.GetValue<string>().Should().Be("answered");
        item["url"]!.GetValue<string>().Should().Be("/questions/17/1223");
        item["snippet"]!.GetValue<string>().Should().Contain("<mark>Ségur</mark>");
        foreach (var facet in new[] { "rubrique", "groupe", "statut", "annee" })
        {
            body["facets"]![facet]!.AsArray().Sum(f => f!["count"]!.GetValue<int>()).Should().Be(4, facet);
        }

        // A question counts for the ministry asked and for the ministry assigned, as the `ministere` filter matches either.
        body["facets"]!["ministere"]!.AsArray().Should().Contain(f => f!["value"]!.GetValue<string>() == "Santé et accès aux soins" && f["count"]!.GetValue<int>() == 2);
    }

    [Fact]
    public async Task Search_Segur13027_SnippetMarksTheUnaccentedSpelling()
    {
        var (_, _, body) = await GetAsync("/api/questions?q=Ségur");

        var item = body!["items"]!.AsArray().Single(i => i!["number"]!.GetValue<int>() == 13027)!;
        item["snippet"]!.GetValue<string>().Should().Contain("<mark>Segur</mark>");
    }

    [Theory]
    [InlineData("/api/questions?rubrique=sante")]
    [InlineData("/api/questions?rubrique=Santé")]
    [InlineData("/api/questions?rubrique=SANTE")]
    public async Task Search_RubriqueSlugOrName_SameResults(string url)
    {
        var (_, _, body) = await GetAsync(url);

        Numbers(body!).Should().BeEquivalentTo([13027, 3785]);
    }

    [Fact]
    public async Task Search_FacetCounts_AgreeWithFilteredTotals()
    {
        var (_, _, all) = await GetAsync("/api/questions");

        foreach (var facet in all!["facets"]!["rubrique"]!.AsArray())
        {
            var (_, _, filtered) = await GetAsync($"/api/questions?rubrique={Uri.EscapeDataString(facet!["value"]!.GetValue<string>())}");
            filtered!["total"]!.GetValue<int>().Should().Be(facet["count"]!.GetValue<int>());
        }

        foreach (var facet in all["facets"]!["statut"]!.AsArray())
        {
            var (_, _, filtered) = await GetAsync($"/api/questions?statut={facet!["value"]!.GetValue<string>()}");
            filtered!["total"]!.GetValue<int>().Should().Be(facet["count"]!.GetValue<int>());
        }
    }

    [Theory]
    [InlineData("/api/questions?page=0", "page")]
    [InlineData("/api/questions?page=abc", "page")]
    [InlineData("/api/questions?taille=101", "taille")]
    [InlineData("/api/questions?du=2025-03-01&au=2025-01-01", "du")]
    [InlineData("/api/questions?du=hier", "du")]
    [InlineData("/api/questions?tri=alpha", "tri")]
    [InlineData("/api/questions?legislature=dix-sept", "legislature")]
    [InlineData("/api/questions?statut=perdu", "statut")]
    [InlineData("/api/questions?type=XX", "type")]
    [InlineData("/api/questions?page=999999999&taille=100", "page")]
    [InlineData("/api/questions/dix-sept/1223", "legislature")]
    [InlineData("/api/questions/17/abc", "number")]
    public async Task BadParameter_400ProblemJsonInFrench(string url, string parameter)
    {
        var (status, contentType, body) = await GetAsync(url);

        status.Should().Be(HttpStatusCode.BadRequest);
        contentType.Should().Be("application/problem+json");
        body!["title"]!.GetValue<string>().Should().Be("Paramètre invalide");
        body["errors"]![parameter].Should().NotBeNull();
        body["detail"]!.GetValue<string>().Should().Contain("«");
    }

    [Theory]
    [InlineData("\"unbalanced")]
    [InlineData("((santé")]
    [InlineData("*")]
    [InlineData("AND")]
    [InlineData("OR")]
    [InlineData("-")]
    [InlineData("%00%01%1F")]
    [InlineData("santé:accès^2~ [a TO b]")]
    public async Task Search_HostileText_200(string q)
    {
        var (status, _, body) = await GetAsync("/api/questions?q=" + q);

        status.Should().Be(HttpStatusCode.OK);
        body!["total"]!.GetValue<int>().Should().BeGreaterThanOrEqualTo(0);
    }

    [Theory]
    [InlineData(1_700, "Ségur ", "trop longue : 10")]
    [InlineData(40, "santé ", "40 termes ou expressions ; 32 au plus")]
    [InlineData(500, "ab* OR ", "trop longue")]
    [InlineData(9, "hôpit* ", "9 troncatures (mot*) ; 8 au plus")]
    [InlineData(1, "a* ", "« a* » est trop courte")]
    public async Task Search_UnboundableWork_400NamingQ(int times, string piece, string message)
    {
        var q = Uri.EscapeDataString(string.Concat(Enumerable.Repeat(piece, times)).Trim());

        var (status, contentType, body) = await GetAsync("/api/questions?q=" + q);

        status.Should().Be(HttpStatusCode.BadRequest, "a search that cannot be bounded is refused rather than run for seconds or silently cut");
        contentType.Should().Be("application/problem+json");
        body!["errors"]!["q"]!.ToString().Should().Contain(message);
    }

    [Theory]
    [InlineData("/questions?q=")]
    [InlineData("/flux/questions?q=")]
    [InlineData("/telechargement/questions.csv?q=")]
    public async Task UnboundableSearch_400OnPagesFeedsAndDownloads(string route)
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync(new Uri(route + Uri.EscapeDataString(string.Concat(Enumerable.Repeat("ab* OR ", 100))), UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("recherche");
    }

    [Fact]
    public async Task Get_Detail_IsTheExportObjectThenTheClockThenTheIdenticalTexts()
    {
        var (status, _, body) = await GetAsync("/api/questions/17/1223");

        status.Should().Be(HttpStatusCode.OK);
        body!.AsObject().Select(p => p.Key).First().Should().Be("uid", "the export object, its identifier first");
        var clock = new[] { "dueOn", "delayDays", "answeredOnTime", "overdueDays", "signaledDueOn", "signaledAnsweredInTime", "identicalTo", "answerReusedBy" };
        body.AsObject().Select(p => p.Key).TakeLast(clock.Length).Should().Equal(clock);
        body["uid"]!.GetValue<string>().Should().Be("QANR5L17QE1223");
        body["delayDays"]!.GetValue<int>().Should().Be(42);
        foreach (var name in clock)
        {
            body.AsObject().Remove(name);
        }

        var expected = JsonNode.Parse(SeedCorpus.ExpectedJson)!.AsArray().Single(q => q!["number"]!.GetValue<int>() == 1223);
        JsonNode.DeepEquals(body, expected).Should().BeTrue(body.ToJsonString());
    }

    [Fact]
    public async Task Get_UnknownQuestion_404ProblemInFrench()
    {
        var (status, contentType, body) = await GetAsync("/api/questions/17/999999");

        status.Should().Be(HttpStatusCode.NotFound);
        contentType.Should().Be("application/problem+json");
        body!["title"]!.GetValue<string>().Should().Be("Question introuvable");
    }
}
