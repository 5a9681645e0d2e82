namespace QuestionsEcrites.Web.Pages.Shared.Results;

/// <summary>
/// The filters in force, each with the link that removes it: the search text, the chosen filters (not the one the
/// page fixes) and the period. An empty list offers the same links as a way out.
/// </summary>
public sealed record ActiveFilters(string? Query, string? RemoveQueryHref, IReadOnlyList<FilterChip> Filters, FilterChip? Period)
{
    public bool Any => Query is not null || Filters.Count > 0 || Period is not null;

    /// <summary>Filters or a period that can be removed (the search text aside).</summary>
    public bool AnyFilter => Filters.Count > 0 || Period is not null;

    public static ActiveFilters From(ResultsView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var links = view.Links;
        var query = string.IsNullOrEmpty(view.Query) ? null : view.Query;
        var chips = FilterLabels.Filters
            .Where(f => view.IsActive(f.Name))
            .Select(f => new FilterChip(f.Label, FilterLabels.ValueLabel(f.Name, links.Get(f.Name)!), links.Without(f.Name)))
            .ToList();
        FilterChip? period = null;
        if (view.IsActive("du") || view.IsActive("au"))
        {
            var text = (links.Get("du"), links.Get("au")) switch
            {
                ({ } du, { } au) => $"du {du} au {au}",
                ({ } du, null) => $"depuis le {du}",
                (null, { } au) => $"jusqu'au {au}",
                _ => string.Empty,
            };
            period = new FilterChip("Période", text, links.Without("du", "au"));
        }

        return new ActiveFilters(query, query is null ? null : links.Without("q", "tri"), chips, period);
    }
}

/// <summary>An active filter: « Rubrique : Santé », and the link to the same list without it.</summary>
public sealed record FilterChip(string Label, string Value, string RemoveHref);
