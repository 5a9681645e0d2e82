using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using QuestionsEcrites.IntegrationTests.Infrastructure;
using QuestionsEcrites.Testing;

namespace QuestionsEcrites.IntegrationTests.Downloads;

/// <summary>Whole lists as CSV (RFC 4180, UTF-8 with a byte order mark) and JSON (the export schema), in the list's order.</summary>
public sealed class DownloadTests(QuestionsApp app) : IClassFixture<QuestionsApp>
{
    [Fact]
    public async Task Json_SearchList_ExportObjectsInTheListsOrder()
    {
        var listed = await ApiNumbersAsync("/api/questions?q=Ségur");
        using var client = app.CreateClient();
        using var response = await client.GetAsync(new Uri("/telechargement/questions.json?q=Ségur", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        response.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        response.Content.Headers.ContentDisposition.FileName.Should().Be("questions-ecrites-2026-11-23.json");
        var items = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
        items.Select(i => i!["number"]!.GetValue<int>()).Should().Equal(listed, "the list's own order, relevance first");
        var first = items.Single(i => i!["number"]!.GetValue<int>() == 1223)!;
        first["uid"]!.GetValue<string>().Should().Be("QANR5L17QE1223");
        first["answer"]!["publishedOn"]!.GetValue<string>().Should().Be("2024-12-03");
        first["text"]!.GetValue<string>().Should().StartWith("Mme Marie-Charlotte Garin attire l'attention");
    }

    [Fact]
    public async Task Csv_WholeStore_OneRowPerQuestion_BomAndRfc4180()
    {
        var total = (await GetJsonAsync("/api/questions"))["total"]!.GetValue<int>();
        using var client = app.CreateClient();
        using var response = await client.GetAsync(new Uri("/telechargement/questions.csv", UriKind.Relative));

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Take(3).Should().Equal(new byte[] { 0xEF, 0xBB, 0xBF }, "spreadsheet software reads the accents right");
        var rows = Csv.Parse(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3), ',');
        rows[0].Should().StartWith(["legislature", "number", "type", "title"]).And.EndWith(["uid", "authorId"]);
        rows.Should().HaveCount(total + 1);
        rows.Skip(1).Should().OnlyContain(r => r.Count == rows[0].Count, "quoted fields keep their commas, quotes and line breaks");
        rows.Skip(1).Select(r => r[^2]).Should().OnlyHaveUniqueItems().And.OnlyContain(uid => uid.StartsWith("QANR5L", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Csv_Semicolon_ForFrenchSpreadsheets_SameRows()
    {
        using var client = app.CreateClient();
        var comma = Csv.Parse((await client.GetStringAsync(new Uri("/telechargement/questions.csv?rubrique=sante", UriKind.Relative))).TrimStart('\uFEFF'), ',');
        var semicolon = Csv.Parse((await client.GetStringAsync(new Uri("/telechargement/questions.csv?rubrique=sante&separateur=point-virgule", UriKind.Relative))).TrimStart('\uFEFF'), ';');

        semicolon.Should().BeEquivalentTo(comma, o => o.WithStrictOrdering());
        comma.Count.Should().BeGreaterThan(1);
    }

    [Theory]
    [InlineData("/telechargement/questions.csv?statut=bidule", "statut")]
    [InlineData("/telechargement/questions.csv?separateur=tab", "separateur")]
    [InlineData("/telechargement/questions.json?du=hier", "du")]
    public async Task BadInput_FrenchProblem_NeverA500(string url, string named)
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await response.Content.ReadAsStringAsync()).Should().Contain(named);
    }

    [Fact]
    public async Task ListPages_LinkTheirDownloads_WithTheirFilters()
    {
        var (_, document) = await HtmlPage.GetAsync(app, "/deputes/marie-charlotte-garin-17?statut=answered");

        document.QuerySelector("[data-testid=csv-link]")!.GetAttribute("href").Should().Be("/telechargement/questions.csv?statut=answered&auteur=marie-charlotte-garin-17");
        document.QuerySelector("[data-testid=json-link]")!.GetAttribute("href").Should().Be("/telechargement/questions.json?statut=answered&auteur=marie-charlotte-garin-17");
        document.QuerySelector("[data-testid=csv-semicolon-link]")!.GetAttribute("href").Should().EndWith("&separateur=point-virgule");
    }

    private async Task<JsonNode> GetJsonAsync(string url)
    {
        using var client = app.CreateClient();
        return JsonNode.Parse(await client.GetStringAsync(new Uri(url, UriKind.Relative)))!;
    }

    private async Task<List<int>> ApiNumbersAsync(string url) =>
        (await GetJsonAsync(url))["items"]!.AsArray().Select(i => i!["number"]!.GetValue<int>()).ToList();
}
