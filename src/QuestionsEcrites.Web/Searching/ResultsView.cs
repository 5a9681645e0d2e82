namespace QuestionsEcrites.Web.Searching;

/// <summary>What the results partial renders: a page of results (null when the parameters were invalid), links, errors.</summary>
public sealed record ResultsView(
    SearchPage? Page,
    SearchLinks Links,
    IReadOnlyDictionary<string, string> Errors,
    IReadOnlySet<string> FixedFilters,
    ReuseLinks Reuse)
{
    public string? Query => Links.Get("q");

    public bool IsActive(string name) => !string.IsNullOrWhiteSpace(Links.Get(name)) && !FixedFilters.Contains(name);
}
