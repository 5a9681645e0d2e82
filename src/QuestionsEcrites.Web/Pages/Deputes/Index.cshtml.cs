using QuestionsEcrites.Data.Statistics;
using QuestionsEcrites.Web.Browsing;

namespace QuestionsEcrites.Web.Pages.Deputes;

public sealed class IndexModel(StatisticsService statistics) : DirectoryPageModel<DeputyStatistics>
{
    protected override Task<IReadOnlyList<DeputyStatistics>> LoadAsync(CancellationToken ct) => statistics.GetDeputiesAsync(ct);
}
