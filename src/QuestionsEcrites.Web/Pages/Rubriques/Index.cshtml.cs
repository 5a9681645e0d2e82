using QuestionsEcrites.Data.Statistics;
using QuestionsEcrites.Web.Browsing;
using QuestionsEcrites.Web.Pages.Shared;

namespace QuestionsEcrites.Web.Pages.Rubriques;

public sealed class IndexModel(StatisticsService statistics) : DirectoryPageModel<LookupStatistics>
{
    protected override Task<IReadOnlyList<LookupStatistics>> LoadAsync(CancellationToken ct) => statistics.GetRubriquesAsync(ct);
}
