using Microsoft.AspNetCore.Mvc.RazorPages;
using QuestionsEcrites.Data.Statistics;
using QuestionsEcrites.Web.Browsing;

namespace QuestionsEcrites.Web.Pages.Rubriques;

public sealed class IndexModel(StatisticsService statistics) : PageModel
{
    public IReadOnlyList<LookupStatistics> Rubriques { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rubriques = await statistics.GetRubriquesAsync(ct);
}
