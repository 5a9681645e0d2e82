using Microsoft.AspNetCore.Mvc.RazorPages;
using QuestionsEcrites.Data.Statistics;
using QuestionsEcrites.Web.Browsing;

namespace QuestionsEcrites.Web.Pages.Deputes;

public sealed class IndexModel(StatisticsService statistics) : PageModel
{
    public IReadOnlyList<DeputyStatistics> Deputies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Deputies = await statistics.GetDeputiesAsync(ct);
}
