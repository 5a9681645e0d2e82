using System.Net;
using Microsoft.Extensions.DependencyInjection;
using QuestionsEcrites.Import;
using QuestionsEcrites.Indexing;
using QuestionsEcrites.IntegrationTests.Infrastructure;
using QuestionsEcrites.Testing;

namespace QuestionsEcrites.IntegrationTests.Web;

/// <summary>
/// Conditional GET and the output cache: pages and API carry validators and answer 304 while the store is
/// unchanged; the home page, directories and statistics come from the output cache; an import changes both.
/// </summary>
public sealed class HttpCachingTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/questions?q=Ségur")]
    [InlineData("/questions/17/1223")]
    [InlineData("/ministeres")]
    [InlineData("/api/questions?q=Ségur")]
    [InlineData("/api/questions/17/1223")]
    [InlineData("/api/statistiques/ministeres")]
    [InlineData("/telechargement/questions.csv?q=Ségur")]
    public async Task EveryRoute_ETagAndNoCache_304WhenCurrent(string url)
    {
        using var app = new QuestionsApp();
        await app.SettledAsync();
        using var client = app.CreateClient();
        using var first = await client.GetAsync(new Uri(url, UriKind.Relative));
        first.StatusCode.Should().Be(HttpStatusCode.OK);
        first.Headers.ETag.Should().NotBeNull();
        first.Headers.ETag!.IsWeak.Should().BeTrue();
        first.Headers.CacheControl!.NoCache.Should().BeTrue("revalidated at every use: an import may land at any time");

        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        again.Headers.IfNoneMatch.Add(first.Headers.ETag);
        using var revalidated = await client.SendAsync(again);
        revalidated.StatusCode.Should().Be(HttpStatusCode.NotModified);
    }

    [Fact]
    public async Task Health_NeverValidated()
    {
        using var app = new QuestionsApp();
        using var response = await app.CreateClient().GetAsync(new Uri("/api/sante", UriKind.Relative));

        response.Headers.ETag.Should().BeNull();
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/ministeres")]
    [InlineData("/deputes")]
    [InlineData("/api/statistiques/ministeres")]
    public async Task Directories_FromTheOutputCache_SecondTime(string url)
    {
        using var app = new QuestionsApp();
        await app.SettledAsync();
        using var client = app.CreateClient();
        using var first = await client.GetAsync(new Uri(url, UriKind.Relative));
        using var second = await client.GetAsync(new Uri(url, UriKind.Relative));

        first.Headers.Age.Should().BeNull("computed");
        second.Headers.Age.Should().NotBeNull("served from the output cache");
        (await second.Content.ReadAsStringAsync()).Should().Be(await first.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Import_ChangesTheVersion_NewETag_FreshHomePage()
    {
        using var app = new QuestionsApp();
        using var client = app.CreateClient();
        using var before = await client.GetAsync(new Uri("/", UriKind.Relative));
        (await before.Content.ReadAsStringAsync()).Should().NotContain("Question ajoutée après coup");

        using var folder = new TempFolder();
        var text = new QuestionDocumentBuilder().WithNumber(99_001).WithTitle("Question ajoutée après coup")
            .WithQuestionText("M. Jean Dupont attire l'attention de M. le ministre sur la question ajoutée après coup.")
            .WithKeyDate("Question publiée au JO le", "[20 novembre 2026](#), page 120").Build();
        var path = folder.Write("late.txt", text);
        await app.Services.GetRequiredService<ImportService>().ImportAsync([path], folder.Path, null, CancellationToken.None);
        await app.Services.GetRequiredService<IndexFollower>().CatchUpAsync(CancellationToken.None);

        using var revalidate = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        revalidate.Headers.IfNoneMatch.Add(before.Headers.ETag!);
        using var after = await client.SendAsync(revalidate);
        after.StatusCode.Should().Be(HttpStatusCode.OK, "the store changed: the old copy is no longer current");
        after.Headers.ETag.Should().NotBe(before.Headers.ETag);
        after.Headers.Age.Should().BeNull("a new version is computed, not served from the cache");
        (await after.Content.ReadAsStringAsync()).Should().Contain("Question ajoutée après coup");
    }
}
