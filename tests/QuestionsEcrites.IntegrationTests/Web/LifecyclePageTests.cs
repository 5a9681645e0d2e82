using Microsoft.Extensions.DependencyInjection;
using QuestionsEcrites.Import;
using QuestionsEcrites.IntegrationTests.Infrastructure;
using QuestionsEcrites.Testing;

namespace QuestionsEcrites.IntegrationTests.Web;

/// <summary>A question with a lifecycle, imported into a fresh app (the shared fixtures only read).</summary>
public sealed class LifecyclePageTests
{
    [Fact]
    public async Task Details_JsonQuestionWithHistory_TimelineShowsEachStep()
    {
        using var app = new QuestionsApp();
        using var folder = new TempFolder();
        var path = folder.Write("q.json", OpenDataSamples.FullQe);
        _ = app.Server; // start: migrate and import the seeds
        await app.Services.GetRequiredService<ImportService>().ImportAsync([path], folder.Path, null, CancellationToken.None);

        var (_, document) = await HtmlPage.GetAsync(app, "/questions/17/1223");

        var steps = document.QuerySelectorAll("[data-testid=timeline] li").Select(li => li.TextContent).ToList();
        steps.Should().Contain(s => s.Contains("5 novembre 2024") && s.Contains("changement d'attribution : Travail, santé, solidarités et familles"));
        steps.Should().Contain(s => s.Contains("20 novembre 2024") && s.Contains("question signalée"));
        steps.Should().Contain(s => s.Contains("erratum"));
        document.QuerySelector("[data-testid=metadata]")!.TextContent.Should().Contain("Ministère attributaire");
    }
}
