using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using QuestionsEcrites.Import;
using QuestionsEcrites.IntegrationTests.Infrastructure;
using QuestionsEcrites.Indexing;
using QuestionsEcrites.Testing;

namespace QuestionsEcrites.IntegrationTests.Web;

/// <summary>The Assemblée's indexation (rubrique → tête d'analyse → analyses) on the detail page, as a facet and as a filter.</summary>
public sealed class IndexationPageTests
{
    [Fact]
    public async Task Analyses_ShownLinkedFacetedAndFiltered()
    {
        using var app = new QuestionsApp();
        using var folder = new TempFolder();
        _ = app.Server; // start: migrate and import the seeds
        await app.Services.GetRequiredService<ImportService>().ImportAsync([folder.Write("QANR5L17QE1223.json", OpenDataSamples.FullQe)], folder.Path, null, CancellationToken.None);
        await app.Services.GetRequiredService<IndexFollower>().CatchUpAsync(CancellationToken.None);

        // The open data's indexation of 17-1223: rubrique, tête d'analyse « Ségur pour tous », two analyses.
        var (_, details) = await HtmlPage.GetAsync(app, "/questions/17/1223");
        var metadata = details.QuerySelector("[data-testid=metadata]")!.TextContent;
        metadata.Should().Contain("Tête d'analyse").And.Contain("Ségur pour tous").And.Contain("Analyses");
        var links = details.QuerySelectorAll("[data-testid=analyses] a").ToList();
        links.Select(a => a.TextContent).Should().Equal("Soutien au secteur médico-social", "Financement");
        var link = links[1];
        link.GetAttribute("href").Should().Be("/questions?analyse=Financement");

        var (_, list) = await HtmlPage.GetAsync(app, "/questions");
        list.QuerySelectorAll("[data-testid=facet-analyse] a").Select(a => a.TextContent).Should().Contain(t => t.Contains("Financement"));

        var (_, filtered) = await HtmlPage.GetAsync(app, link.GetAttribute("href")!);
        filtered.QuerySelectorAll("[data-testid=result]").Should().ContainSingle();
        filtered.QuerySelector("[data-testid=active-filters]")!.TextContent.Should().Contain("Analyse").And.Contain("Financement");

        using var client = app.CreateClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/questions?analyse=soutien-au-secteur-medico-social"));
        json.RootElement.GetProperty("total").GetInt32().Should().Be(1);
        json.RootElement.GetProperty("facets").GetProperty("analyse")[0].GetProperty("value").GetString().Should().BeOneOf("Soutien au secteur médico-social", "Financement");
        using var search = JsonDocument.Parse(await client.GetStringAsync("/api/questions?q=financement"));
        search.RootElement.GetProperty("items").EnumerateArray().Should().Contain(i => i.GetProperty("number").GetInt32() == 1223, "the analyses are searchable");
    }
}
