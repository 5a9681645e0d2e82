using QuestionsEcrites.Search.Querying;
using QuestionsEcrites.Web.Formatting;

namespace QuestionsEcrites.Web.Pages.Shared.Results;

/// <summary>One facet of the « Affiner » panel: its first values, and the rest behind « Voir les N autres ».</summary>
public sealed record FacetGroup(string Title, string Param, IReadOnlyList<FacetLink> Shown, IReadOnlyList<FacetLink> More)
{
    /// <summary>Up to this many values, all are shown; beyond, the first <see cref="ShownWhenMany"/> and a disclosure.</summary>
    private const int ShowAllUpTo = 10;

    private const int ShownWhenMany = 8;

    /// <summary>The facets of a result page, but those the page fixes and those without values.</summary>
    public static IReadOnlyList<FacetGroup> From(ResultsView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (view.Page is not { } page)
        {
            return [];
        }

        (string Title, string Param, IReadOnlyList<FacetCount> Values)[] facets =
        [
            ("Statut", "statut", page.Facets.Statut),
            ("Rubrique", "rubrique", page.Facets.Rubrique),
            ("Analyse", "analyse", page.Facets.Analyse),
            ("Ministère (interrogé ou attributaire)", "ministere", page.Facets.Ministere),
            ("Groupe politique", "groupe", page.Facets.Groupe),
            ("Année de publication", "annee", page.Facets.Annee),
            ("Législature", "legislature", page.Facets.Legislature),
        ];
        return facets
            .Where(f => !view.FixedFilters.Contains(f.Param) && f.Values.Count > 0)
            .Select(f =>
            {
                var links = f.Values.Select(v => Link(view.Links, f.Param, v)).ToList();
                return links.Count > ShowAllUpTo
                    ? new FacetGroup(f.Title, f.Param, links.Take(ShownWhenMany).ToList(), links.Skip(ShownWhenMany).ToList())
                    : new FacetGroup(f.Title, f.Param, links, []);
            })
            .ToList();
    }

    /// <summary>A year sets the period (du, au); the other facets set their parameter.</summary>
    private static FacetLink Link(SearchLinks links, string param, FacetCount facet)
    {
        var href = param == "annee" ? links.With(("du", facet.Value + "-01-01"), ("au", facet.Value + "-12-31")) : links.With(param, facet.Value);
        return new FacetLink(facet.Value, FilterLabels.ValueLabel(param, facet.Value), href, facet.Count);
    }
}

public sealed record FacetLink(string Value, string Label, string Href, int Count);
