using System.Globalization;
using System.Net;
using System.Xml.Linq;
using QuestionsEcrites.IntegrationTests.Infrastructure;
using QuestionsEcrites.Testing;

namespace QuestionsEcrites.IntegrationTests.Feeds;

/// <summary>
/// The Atom feeds over the seeds: each checked against RFC 4287's rules (ids, titles, dates, links), in the
/// latest-step order, stable across requests and hosts, revalidated with 304, and refusing bad input like the API.
/// </summary>
public sealed class AtomFeedTests(QuestionsApp app) : IClassFixture<QuestionsApp>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task ListFeed_Search_ValidAtomOfItsQuestions_LatestStepFirst()
    {
        var (response, feed) = await GetFeedAsync("/flux/questions?q=Ségur");

        response.Content.Headers.ContentType!.MediaType.Should().Be("application/atom+xml");
        response.Content.Headers.ContentType.CharSet.Should().Be("utf-8");
        AtomRules.Check(feed);
        var entries = feed.Root!.Elements(Atom + "entry").ToList();
        entries.Select(e => e.Element(Atom + "link")!.Attribute("href")!.Value).Should().BeEquivalentTo(
            new[] { "/questions/17/6294", "/questions/17/3949", "/questions/17/13027", "/questions/17/1223" }.Select(p => "http://localhost" + p),
            "the list's four questions, each once");
        var updated = entries.Select(e => DateTimeOffset.Parse(e.Element(Atom + "updated")!.Value, CultureInfo.InvariantCulture)).ToList();
        updated.Should().BeInDescendingOrder("newest step first");
        var answered = entries.Single(e => e.Element(Atom + "link")!.Attribute("href")!.Value.EndsWith("/1223", StringComparison.Ordinal));
        answered.Element(Atom + "title")!.Value.Should().StartWith("Réponse publiée : Soutien au secteur médico-social");
        answered.Element(Atom + "updated")!.Value.Should().Be("2024-12-03T00:00:00+01:00", "the answer's day, midnight in Paris");
        answered.Element(Atom + "category")!.Attribute("term")!.Value.Should().Be("reponse-publiee");
        answered.Element(Atom + "author")!.Element(Atom + "name")!.Value.Should().Be("Mme Marie-Charlotte Garin");
        var summary = answered.Element(Atom + "summary")!;
        summary.Attribute("type")!.Value.Should().Be("html");
        summary.Value.Should().Contain("Réponse publiée le 3 décembre 2024").And.Contain("<mark>Ségur</mark>");
        feed.Root.Element(Atom + "title")!.Value.Should().Be("Questions écrites : recherche « Ségur »");
        feed.Root.Elements(Atom + "link").Should().Contain(l => l.Attribute("rel")!.Value == "alternate" && l.Attribute("href")!.Value == "http://localhost/questions?q=S%C3%A9gur");
    }

    [Fact]
    public async Task ListFeed_IdsStable_AcrossRequestsAndHosts()
    {
        var (_, first) = await GetFeedAsync("/flux/questions?q=Ségur&rubrique=sante");
        var (_, second) = await GetFeedAsync("/flux/questions?rubrique=sante&q=Ségur&page=3", host: "questions.example.org");

        Ids(second).Should().Equal(Ids(first), "ids depend on neither the host, the parameters' order nor the page");
        first.Root!.Element(Atom + "id")!.Value.Should().Be(second.Root!.Element(Atom + "id")!.Value);
        Ids(first).Should().OnlyContain(id => id.StartsWith("tag:questions-ecrites.fr,2026:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task QuestionFeed_EachStep_AnswerFirst()
    {
        var (_, feed) = await GetFeedAsync("/flux/questions/17/1223");

        AtomRules.Check(feed);
        var terms = feed.Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "category")!.Attribute("term")!.Value).ToList();
        terms.First().Should().Be("reponse-publiee");
        terms.Last().Should().Be("question-publiee");
        Ids(feed).Should().OnlyHaveUniqueItems();
        feed.Root.Element(Atom + "title")!.Value.Should().StartWith("Question n° 1223 : Soutien au secteur médico-social");
    }

    [Theory]
    [InlineData("/flux/deputes/marie-charlotte-garin-17", "Questions de Mme Marie-Charlotte Garin")]
    [InlineData("/flux/ministeres/sante-et-acces-aux-soins", "Questions au ministère : Santé et accès aux soins")]
    [InlineData("/flux/rubriques/sante", "Questions de la rubrique « Santé »")]
    public async Task NamedFeeds_TitledAfterTheirPage_ValidAtom(string url, string title)
    {
        var (_, feed) = await GetFeedAsync(url);

        AtomRules.Check(feed);
        feed.Root!.Element(Atom + "title")!.Value.Should().Be(title);
        feed.Root.Elements(Atom + "entry").Should().NotBeEmpty();
    }

    [Fact]
    public async Task DeputyFeed_OnlyHerQuestions()
    {
        var (_, feed) = await GetFeedAsync("/flux/deputes/marie-charlotte-garin-17");

        feed.Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "author")!.Element(Atom + "name")!.Value).Should().OnlyContain(n => n == "Mme Marie-Charlotte Garin");
    }

    [Fact]
    public async Task Revalidation_SameETag_Answers304_WithoutBody()
    {
        using var client = app.CreateClient();
        using var first = await client.GetAsync(new Uri("/flux/questions?q=Ségur", UriKind.Relative));
        var etag = first.Headers.ETag;
        etag.Should().NotBeNull();
        first.Content.Headers.LastModified.Should().NotBeNull();
        first.Headers.CacheControl!.NoCache.Should().BeTrue();

        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri("/flux/questions?q=Ségur", UriKind.Relative));
        again.Headers.IfNoneMatch.Add(etag!);
        using var revalidated = await client.SendAsync(again);
        revalidated.StatusCode.Should().Be(HttpStatusCode.NotModified);
        (await revalidated.Content.ReadAsByteArrayAsync()).Should().BeEmpty();

        using var since = new HttpRequestMessage(HttpMethod.Get, new Uri("/flux/questions?q=Ségur", UriKind.Relative));
        since.Headers.IfModifiedSince = first.Content.Headers.LastModified;
        (await client.SendAsync(since)).StatusCode.Should().Be(HttpStatusCode.NotModified);

        using var other = new HttpRequestMessage(HttpMethod.Get, new Uri("/flux/questions?q=prime", UriKind.Relative));
        other.Headers.IfNoneMatch.Add(etag!);
        (await client.SendAsync(other)).StatusCode.Should().Be(HttpStatusCode.OK, "another list has another tag");
    }

    [Theory]
    [InlineData("/flux/questions?statut=bidule", 400, "statut")]
    [InlineData("/flux/questions?du=2024-13-45", 400, "du")]
    [InlineData("/flux/questions/17/abc", 400, "number")]
    [InlineData("/flux/questions/17/999999", 404, "999999")]
    [InlineData("/flux/deputes/personne-inconnue", 404, "personne-inconnue")]
    public async Task BadInput_FrenchProblem_NeverA500(string url, int status, string named)
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        ((int)response.StatusCode).Should().Be(status);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        response.Headers.ETag.Should().BeNull("an error is never revalidated as current");
        (await response.Content.ReadAsStringAsync()).Should().Contain(named);
    }

    [Theory]
    [InlineData("/questions?q=Ségur", "/flux/questions?q=S%C3%A9gur")]
    [InlineData("/deputes/marie-charlotte-garin-17", "/flux/deputes/marie-charlotte-garin-17")]
    [InlineData("/groupes/ecologiste-et-social", "/flux/questions?groupe=ecologiste-et-social")]
    [InlineData("/questions/17/1223", "/flux/questions/17/1223")]
    [InlineData("/", "/flux/questions")]
    public async Task Pages_AnnounceTheirFeed_InHeadAndVisibly(string page, string feed)
    {
        var (_, document) = await HtmlPage.GetAsync(app, page);

        document.QuerySelector("link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href").Should().Be(feed);
        if (page != "/")
        {
            document.QuerySelector("[data-testid=feed-link]")!.GetAttribute("href").Should().Be(feed);
        }
    }

    private async Task<(HttpResponseMessage Response, XDocument Feed)> GetFeedAsync(string url, string? host = null)
    {
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        if (host is not null)
        {
            request.Headers.Host = host;
        }

        var response = await client.SendAsync(request);
        response.StatusCode.Should().Be(HttpStatusCode.OK, url);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF }, "UTF-8 without a byte order mark");
        return (response, XDocument.Parse(System.Text.Encoding.UTF8.GetString(bytes)));
    }

    private static List<string> Ids(XDocument feed) => feed.Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value).ToList();
}
