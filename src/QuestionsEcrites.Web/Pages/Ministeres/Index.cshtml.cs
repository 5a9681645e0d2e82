using Microsoft.AspNetCore.Mvc.RazorPages;
using QuestionsEcrites.Data.Statistics;
using QuestionsEcrites.Web.Browsing;

namespace QuestionsEcrites.Web.Pages.Ministeres;

public sealed class IndexModel(StatisticsService statistics) : PageModel
{
    public IReadOnlyList<LookupStatistics> Ministries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Ministries = await statistics.GetMinistriesAsync(ct);
}
