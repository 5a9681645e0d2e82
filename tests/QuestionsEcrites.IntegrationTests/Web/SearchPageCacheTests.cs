using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using QuestionsEcrites.Import;
using QuestionsEcrites.Indexing;
using QuestionsEcrites.IntegrationTests.Infrastructure;
using QuestionsEcrites.Search.Querying;
using QuestionsEcrites.Testing;
using QuestionsEcrites.Web.Searching;

namespace QuestionsEcrites.IntegrationTests.Web;

public sealed class SearchPageCacheTests
{
    private static SearchPage Page(string text) => new(new QuestionSearchRequest { Text = text }, 0, [], SearchFacets.Empty, HighlightTerms.None);

    [Fact]
    public void Find_SameRequestSameVersion_TheSamePage()
    {
        var cache = new SearchPageCache();
        var page = Page("ponts");
        cache.Add("v1", new QuestionSearchRequest { Text = "ponts" }, page);

        cache.Find("v1", new QuestionSearchRequest { Text = "ponts" }).Should().BeSameAs(page, "requests are compared by value");
        cache.Find("v1", new QuestionSearchRequest { Text = "ponts", Page = 2 }).Should().BeNull();
    }

    [Fact]
    public void Find_AnotherVersion_NothingServedAndTheOldPagesGoOnTheNextAdd()
    {
        var cache = new SearchPageCache();
        cache.Add("v1", new QuestionSearchRequest { Text = "ponts" }, Page("ponts"));

        cache.Find("v2", new QuestionSearchRequest { Text = "ponts" }).Should().BeNull("the store changed since");
        cache.Add("v2", new QuestionSearchRequest { Text = "routes" }, Page("routes"));
        cache.Find("v1", new QuestionSearchRequest { Text = "ponts" }).Should().BeNull();
    }

    [Fact]
    public void Add_PastCapacity_TheLeastRecentlyUsedGoes()
    {
        var cache = new SearchPageCache();
        for (var i = 0; i < SearchPageCache.DefaultCapacity; i++)
        {
            cache.Add("v", new QuestionSearchRequest { Text = $"q{i}" }, Page($"q{i}"));
        }

        cache.Find("v", new QuestionSearchRequest { Text = "q0" }).Should().NotBeNull(); // q0 is now the most recent
        cache.Add("v", new QuestionSearchRequest { Text = "new" }, Page("new"));

        cache.Find("v", new QuestionSearchRequest { Text = "q1" }).Should().BeNull("the least recently used page made room");
        cache.Find("v", new QuestionSearchRequest { Text = "q0" }).Should().NotBeNull();
        cache.Find("v", new QuestionSearchRequest { Text = "new" }).Should().NotBeNull();
    }

    [Fact]
    public async Task Site_AnImportLands_TheSameSearchFindsTheNewQuestion()
    {
        using var app = new QuestionsApp();
        await app.SettledAsync();
        using var client = app.CreateClient();
        async Task<int> TotalAsync() =>
            JsonNode.Parse(await client.GetStringAsync(new Uri("/api/questions?q=xylographes", UriKind.Relative)))!["total"]!.GetValue<int>();
        (await TotalAsync()).Should().Be(0);
        (await TotalAsync()).Should().Be(0, "served again, from the cache this time");

        using var folder = new TempFolder();
        var path = folder.Write("late.txt", new QuestionDocumentBuilder().WithNumber(99_002)
            .WithQuestionText("M. Jean Dupont attire l'attention de M. le ministre sur les xylographes.").Build());
        await app.Services.GetRequiredService<ImportService>().ImportAsync([path], folder.Path, null, CancellationToken.None);
        await app.Services.GetRequiredService<IndexFollower>().CatchUpAsync(CancellationToken.None);

        (await TotalAsync()).Should().Be(1, "a cached page never outlives the store version it was computed on");
    }
}
