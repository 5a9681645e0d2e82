using System.Net;
using Microsoft.Data.Sqlite;
using QuestionsEcrites.Testing;

namespace QuestionsEcrites.IntegrationTests.Processes;

/// <summary>Kestrel's request limits, on the real server (the test host does not apply them): refused before the site's code runs.</summary>
public sealed class RequestLimitsTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private SiteProcess _site = null!;

    public async Task InitializeAsync() =>
        _site = await SiteProcess.StartAsync(Path.Combine(_folder.Path, "questions.db"), Path.Combine(_folder.Path, "index"), syncIntervalSeconds: 1);

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Fact]
    public async Task RequestLineAbove8KB_414()
    {
        using var response = await _site.Client.GetAsync(new Uri("/questions?q=" + new string('a', 9 * 1024), UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.RequestUriTooLong);
    }

    [Fact]
    public async Task HeadersAbove32KB_431()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        request.Headers.Add("X-Big", new string('a', 33 * 1024));
        using var response = await _site.Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.RequestHeaderFieldsTooLarge);
    }

    [Fact]
    public async Task BodyAbove16KB_413()
    {
        using var content = new ByteArrayContent(new byte[64 * 1024]);
        using var response = await _site.Client.PostAsync(new Uri("/questions", UriKind.Relative), content);

        response.StatusCode.Should().BeOneOf(HttpStatusCode.RequestEntityTooLarge, HttpStatusCode.MethodNotAllowed);
        response.StatusCode.Should().NotBe(HttpStatusCode.InternalServerError);
    }

    [Fact]
    public async Task ManyWords_RefusedInFrenchNotByTheServer()
    {
        using var response = await _site.Client.GetAsync(new Uri("/api/questions?q=" + Uri.EscapeDataString(string.Join(' ', Enumerable.Repeat("santé", 166))), UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, "166 words are more than 32 terms: refused in French, not by the server");
        (await response.Content.ReadAsStringAsync()).Should().Contain("32 au plus");
    }
}
