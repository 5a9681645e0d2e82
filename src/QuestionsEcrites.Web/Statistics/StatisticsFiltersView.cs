namespace QuestionsEcrites.Web.Statistics;

/// <summary>What <c>_StatisticsFilters.cshtml</c> draws: the form of a statistics page, its errors, the legislatures to pick.</summary>
public sealed record StatisticsFiltersView(string Path, StatisticsParameters Parameters, IReadOnlyDictionary<string, string> Errors, IReadOnlyList<int> Legislatures);
