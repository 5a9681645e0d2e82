using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using QuestionsEcrites.Import;
using QuestionsEcrites.Indexing;
using QuestionsEcrites.IntegrationTests.Infrastructure;
using QuestionsEcrites.Testing;

namespace QuestionsEcrites.IntegrationTests.Web;

/// <summary>« Questions proches » is kept per store version: asked again it is a lookup, and an import renews it.</summary>
public sealed class SimilarQuestionsCacheTests
{
    private const string Text = "M. Jean Dupont attire l'attention de M. le ministre sur les xylographes et les graveurs sur bois des ateliers d'art.";

    [Fact]
    public async Task Site_AnImportLands_TheSimilarQuestionsFollow()
    {
        using var app = new QuestionsApp();
        await app.SettledAsync();
        using var client = app.CreateClient();
        using var folder = new TempFolder();
        await ImportAsync(app, folder, 99_101, 99_102);
        async Task<List<int>> NumbersAsync() =>
            [.. JsonNode.Parse(await client.GetStringAsync(new Uri("/api/questions/17/99101/proches", UriKind.Relative)))!["items"]!.AsArray()
                .Select(i => i!["number"]!.GetValue<int>())];

        (await NumbersAsync()).Should().Contain(99_102).And.NotContain(99_103);
        (await NumbersAsync()).Should().Contain(99_102, "served again, from the cache this time");

        await ImportAsync(app, folder, 99_103);

        (await NumbersAsync()).Should().Contain([99_102, 99_103], "a kept list never outlives the store version it was computed on");
    }

    private static async Task ImportAsync(QuestionsApp app, TempFolder folder, params int[] numbers)
    {
        var paths = numbers.Select(n => folder.Write($"x{n}.txt", new QuestionDocumentBuilder().WithNumber(n).WithTitle("Xylographes et graveurs sur bois").WithQuestionText(Text).Build())).ToList();
        await app.Services.GetRequiredService<ImportService>().ImportAsync(paths, folder.Path, null, CancellationToken.None);
        await app.Services.GetRequiredService<IndexFollower>().CatchUpAsync(CancellationToken.None);
    }
}
