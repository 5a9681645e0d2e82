using System.Net;
using QuestionsEcrites.IntegrationTests.Infrastructure;

namespace QuestionsEcrites.IntegrationTests.Api;

public sealed class HealthApiTests(QuestionsApp app) : IClassFixture<QuestionsApp>
{
    [Fact]
    public async Task Sante_Get_ReturnsStatutOkAsJson()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/sante", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        (await response.Content.ReadAsStringAsync()).Should().Be("""{"statut":"ok"}""");
    }

    [Fact]
    public async Task Sante_Get_IsNeverCached()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/sante", UriKind.Relative));

        response.Headers.CacheControl!.NoStore.Should().BeTrue();
    }

    [Fact]
    public async Task Sante_Post_IsNotAllowed()
    {
        using var client = app.CreateClient();

        using var response = await client.PostAsync(new Uri("/api/sante", UriKind.Relative), content: null);

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
    }
}
