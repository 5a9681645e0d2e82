namespace QuestionsEcrites.Web.Statistics;

/// <summary>What <c>_StatisticsFilters.cshtml</c> draws: the form of a statistics page, its errors, the legislatures to pick.</summary>
public sealed record StatisticsFiltersView(string Path, StatisticsParameters Parameters, IReadOnlyDictionary<string, string> Errors, IReadOnlyList<int> Legislatures)
{
    /// <summary>The page's other filters, kept as hidden fields when the form is sent.</summary>
    public IReadOnlyDictionary<string, string?> Hidden { get; init; } = new Dictionary<string, string?>();
}
