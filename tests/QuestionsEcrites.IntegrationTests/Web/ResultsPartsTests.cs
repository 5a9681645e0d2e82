using QuestionsEcrites.Search.Querying;
using QuestionsEcrites.Web.Pages.Shared.Results;
using QuestionsEcrites.Web.Searching;

namespace QuestionsEcrites.IntegrationTests.Web;

/// <summary>The logic of the result list's parts (pager, chips, facets), in C# and tested without a page.</summary>
public sealed class ResultsPartsTests
{
    private static ResultsView View(int page, int total, params (string Name, string Value)[] parameters)
    {
        var request = new QuestionSearchRequest { Page = page, PageSize = 20 };
        var facets = new SearchFacets(
            [.. Enumerable.Range(1, 12).Select(i => new FacetCount($"Rubrique {i}", 100 - i))],
            [],
            [],
            [new FacetCount("answered", 5)],
            [new FacetCount("2024", 3)],
            [new FacetCount("17", 9)],
            []);
        var links = new SearchLinks("/questions", parameters.Select(p => new KeyValuePair<string, string>(p.Name, p.Value)).ToList());
        return new ResultsView(new SearchPage(request, total, [], facets, HighlightTerms.None), links, new Dictionary<string, string>(), new HashSet<string> { "groupe" }, ReuseLinks.For(string.Empty, links, null));
    }

    [Fact]
    public void Pager_MiddlePage_FirstGapAroundGapLast()
    {
        var pager = Pager.From(View(page: 10, total: 400, ("q", "santé"), ("page", "10")))!;

        pager.Items.Select(i => i.IsGap ? "…" : i.IsCurrent ? $"[{i.Number}]" : $"{i.Number}").Should().Equal("1", "…", "8", "9", "[10]", "11", "12", "…", "20");
        pager.PreviousHref.Should().Be("/questions?q=sant%C3%A9&page=9");
        pager.NextHref.Should().Be("/questions?q=sant%C3%A9&page=11");
        pager.Items[0].Href.Should().Be("/questions?q=sant%C3%A9", "page 1 has no page parameter");
    }

    [Fact]
    public void Pager_OnePage_None()
    {
        Pager.From(View(page: 1, total: 20)).Should().BeNull();
    }

    [Fact]
    public void ActiveFilters_ChipsWithFrenchValuesAndRemovalLinks()
    {
        var active = ActiveFilters.From(View(1, 5, ("q", "prime"), ("statut", "answered"), ("legislature", "17"), ("du", "2024-01-01")));

        active.Query.Should().Be("prime");
        active.RemoveQueryHref.Should().Be("/questions?statut=answered&legislature=17&du=2024-01-01");
        active.Filters.Select(f => $"{f.Label} : {f.Value}").Should().Equal("Statut : Répondue", "Législature : 17e législature");
        active.Period!.Value.Should().Be("depuis le 2024-01-01");
        active.Period.RemoveHref.Should().Be("/questions?q=prime&statut=answered&legislature=17");
    }

    [Fact]
    public void Facets_ManyValuesSplit_FixedFilterLeftOut_YearSetsThePeriod()
    {
        var groups = FacetGroup.From(View(1, 5));

        groups.Select(g => g.Param).Should().Equal("statut", "rubrique", "annee", "legislature");
        var rubrique = groups.Single(g => g.Param == "rubrique");
        (rubrique.Shown.Count, rubrique.More.Count).Should().Be((8, 4));
        groups.Single(g => g.Param == "annee").Shown.Single().Href.Should().Be("/questions?du=2024-01-01&au=2024-12-31");
        groups.Single(g => g.Param == "statut").Shown.Single().Label.Should().Be("Répondue");
    }
}
