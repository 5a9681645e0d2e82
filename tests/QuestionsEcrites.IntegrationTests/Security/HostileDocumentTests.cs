using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using QuestionsEcrites.Import;
using QuestionsEcrites.Indexing;
using QuestionsEcrites.IntegrationTests.Infrastructure;
using QuestionsEcrites.Testing;

namespace QuestionsEcrites.IntegrationTests.Security;

/// <summary>
/// Imported texts are untrusted. Documents carrying scripts, event handlers, <c>javascript:</c> links, CSS
/// expressions, SVG and entity-encoded tags, imported through every format (the seed text, the Assemblée's page,
/// the open-data JSON and XML), come out on the question page, in search results and in the feeds as text: no
/// element, attribute or URL of theirs reaches a page; an answer's list and table are drawn by the site.
/// </summary>
public sealed class HostileDocumentTests : IClassFixture<HostileDocumentTests.HostileStore>
{
    private const string Payload = "<script>alert('x1')</script> <img src=x onerror=\"alert('x2')\"> <a href=\"javascript:alert('x3')\">clic</a> "
        + "<span style=\"width: expression(alert('x4'))\">css</span> <svg onload=\"alert('x5')\"><circle r=\"1\"/></svg> "
        + "&lt;script&gt;alert('x6')&lt;/script&gt; &#x3C;img src=y onerror=alert('x7')&#x3E; <iframe src=\"https://evil.example/\"></iframe> "
        + "<object data=\"evil.swf\"></object> <style>body{background:url(javascript:alert('x8'))}</style> Les ponts xylophones s'effondrent.";

    private const string HostileAnswer = "<p>Le Gouvernement répond <b onclick=\"alert('x9')\">ainsi</b>.</p><ul><li>Premier point</li><li>Second <a href=\"javascript:alert(1)\">point</a></li></ul>"
        + "<table><tr><td>Année</td><td>Montant</td></tr><tr><td>2024</td><td>12 M€<script>alert('x10')</script></td></tr></table>";

    private readonly HostileStore _store;

    public HostileDocumentTests(HostileStore store) => _store = store;

    public static TheoryData<string> QuestionPages => new() { "/questions/17/91001", "/questions/16/200", "/questions/17/91003", "/questions/17/91004" };

    [Theory]
    [MemberData(nameof(QuestionPages))]
    public async Task QuestionPage_HostileMarkupNeverReachesThePage(string url)
    {
        var (response, page) = await HtmlPage.GetAsync(_store.App, url + "?q=xylophones");

        response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
        AssertNoHostileMarkup(page.DocumentElement, url);
        page.QuerySelector("[data-testid=question-text]")!.TextContent.Should().Contain("xylophones s'effondrent", "the text around the markup is kept");
    }

    [Theory]
    [MemberData(nameof(QuestionPages))]
    public async Task EncodedTags_ShownAsTheTextTheyAre(string url)
    {
        var (_, page) = await HtmlPage.GetAsync(_store.App, url);
        var text = page.QuerySelector("[data-testid=question-text]")!.TextContent;

        text.Should().Contain("<script>alert('x6')</script>", "« &lt;script&gt; » in a document is the text « <script> », shown as such");
        text.Should().NotContain("alert('x1')", "a script's own content is not text");
    }

    [Fact]
    public async Task OpenDataAnswer_ListAndTableDrawnBySite()
    {
        var (_, page) = await HtmlPage.GetAsync(_store.App, "/questions/17/91003");
        var answer = page.QuerySelector("[data-testid=answer-text]")!;

        answer.QuerySelectorAll("ul.text-list > li").Select(li => li.TextContent).Should().Equal("Premier point", "Second point");
        answer.QuerySelectorAll(".text-table tr").Select(tr => string.Join("/", tr.QuerySelectorAll("td").Select(td => td.TextContent))).Should().Equal("Année/Montant", "2024/12 M€");
        AssertNoHostileMarkup(answer, "answer");
    }

    [Fact]
    public async Task SearchResults_SnippetsCarryNoMarkup()
    {
        var (_, page) = await HtmlPage.GetAsync(_store.App, "/questions?q=xylophones");

        page.QuerySelectorAll(".snippet").Should().HaveCountGreaterThanOrEqualTo(4);
        AssertNoHostileMarkup(page.DocumentElement, "results");
    }

    [Theory]
    [InlineData("/flux/questions?q=xylophones")]
    [InlineData("/flux/questions/17/91003")]
    public async Task Feeds_SummariesAreSafeHtml(string url)
    {
        using var client = _store.App.CreateClient();
        var feed = XDocument.Parse(await client.GetStringAsync(new Uri(url, UriKind.Relative)));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var summaries = feed.Descendants(atom + "summary").ToList();

        summaries.Should().NotBeEmpty();
        foreach (var summary in summaries)
        {
            var html = new HtmlParser().ParseDocument($"<body>{summary.Value}</body>");
            AssertNoHostileMarkup(html.Body!, url);
        }
    }

    /// <summary>No script, plugin, frame or SVG of a document; no event handler, inline style expression or script URL anywhere.</summary>
    private static void AssertNoHostileMarkup(IElement root, string where)
    {
        root.QuerySelectorAll("script, iframe, object, embed, img[onerror], style").Should().BeEmpty($"{where}: the site's pages run no script and embed nothing");
        var all = root.QuerySelectorAll("*").ToList();
        all.SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
            .Should().BeEmpty($"{where}: no event handler");
        all.SelectMany(e => e.Attributes).Where(a => a.Value.Contains("javascript:", StringComparison.OrdinalIgnoreCase) || a.Value.Contains("expression(", StringComparison.OrdinalIgnoreCase))
            .Should().BeEmpty($"{where}: no script URL or CSS expression");
        all.Where(e => e.LocalName == "svg" && e.GetAttribute("role") != "img").Should().BeEmpty($"{where}: only the site's own charts");
    }

    /// <summary>The site with the seeds and four hostile questions, one per format.</summary>
    public sealed class HostileStore : IAsyncLifetime
    {
        public QuestionsApp App { get; } = new();

        private readonly TempFolder _folder = new();

        public async Task InitializeAsync()
        {
            using var client = App.CreateClient(); // starts the site, which imports the seeds
            var text = new QuestionDocumentBuilder().WithNumber(91_001).WithTitle("Ponts xylophones")
                .WithQuestionText("M. Jean Dupont attire l'attention de M. le ministre. " + Payload).Build();
            var page = File.ReadAllText(Path.Combine(RepoPaths.Shared, "samples", "QANR5L16QE200.html"))
                .Replace("<p class=\"_pa-small\">Mme Marie-Pierre Rixain appelle", "<p class=\"_pa-small\">" + Payload + " Mme Marie-Pierre Rixain appelle", StringComparison.Ordinal);
            var json = Json(91_003, Payload, HostileAnswer);
            string[] paths =
            [
                _folder.Write("q91001.txt", text),
                _folder.Write("q200.html", page),
                _folder.Write("q91003.json", json),
                _folder.Write("q91004.xml", DumpJsonAsXml.Convert(Json(91_004, Payload, HostileAnswer))),
            ];
            var report = await App.Services.GetRequiredService<ImportService>().ImportAsync(paths, _folder.Path, null, CancellationToken.None);
            report.Rejected.Should().BeEmpty();
            await App.Services.GetRequiredService<IndexFollower>().CatchUpAsync(CancellationToken.None);
        }

        public Task DisposeAsync()
        {
            App.Dispose();
            _folder.Dispose();
            return Task.CompletedTask;
        }

        private static string Json(int number, string question, string answer)
        {
            var root = System.Text.Json.Nodes.JsonNode.Parse("""
                {"question": {"@xsi:type": "QuestionEcrite_Type", "uid": "QANR5L17QENUMBER",
                  "identifiant": {"numero": "NUMBER", "legislature": "17"}, "type": "QE",
                  "indexationAN": {"rubrique": "transports", "teteAnalyse": "Ponts xylophones", "analyses": {"analyse": "Ponts xylophones"}},
                  "auteur": {"identite": {"acteurRef": "PA722252"}, "groupe": {"abrege": "RE", "developpe": "Renaissance"}},
                  "minInt": {"developpe": "Transports"},
                  "minAttribs": {"minAttrib": {"infoJO": {"dateJO": "2024-07-26"}, "denomination": {"developpe": "Transports"}}},
                  "textesQuestion": {"texteQuestion": {"infoJO": {"dateJO": "2024-07-26", "pageJO": "3501"}, "texte": null}},
                  "textesReponse": {"texteReponse": {"infoJO": {"typeJO": "JO_QUESTION", "dateJO": "2024-12-03", "pageJO": "6484"}, "texte": null}},
                  "cloture": null}}
                """.Replace("NUMBER", number.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))!;
            root["question"]!["textesQuestion"]!["texteQuestion"]!["texte"] = "Mme Marie-Pierre Rixain appelle l'attention de M. le ministre. " + question;
            root["question"]!["textesReponse"]!["texteReponse"]!["texte"] = answer;
            return root.ToJsonString();
        }
    }
}
