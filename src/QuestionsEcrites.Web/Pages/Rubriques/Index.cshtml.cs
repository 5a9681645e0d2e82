using QuestionsEcrites.Data.Statistics;
using QuestionsEcrites.Web.Browsing;

namespace QuestionsEcrites.Web.Pages.Rubriques;

public sealed class IndexModel(StatisticsService statistics) : DirectoryPageModel<LookupStatistics>
{
    protected override Task<IReadOnlyList<LookupStatistics>> LoadAsync(CancellationToken ct) => statistics.GetRubriquesAsync(ct);
}
