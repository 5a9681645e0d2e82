using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QuestionsEcrites.Web.Statistics;

namespace QuestionsEcrites.Web.Pages.Ministeres;

/// <summary>The ministries' scoreboard: each ministry's answers, delays and overdue questions, with the filters and a chart.</summary>
public sealed class IndexModel(AccountabilityService statistics) : PageModel
{
    public const string Path = "/ministeres";

    [BindProperty(SupportsGet = true)]
    public StatisticsParameters Parameters { get; set; } = new();

    public ScoreboardView? Scoreboard { get; private set; }

    public StatisticsFiltersView Filters { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var filter = Parameters.Validate(out var sort, out var errors);
        Filters = new StatisticsFiltersView(Path, Parameters, errors, await statistics.LegislaturesAsync(ct));
        if (filter is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var board = await statistics.ScoreboardAsync(Data.Statistics.FigureDimension.Ministry, filter, sort, ct);
        Scoreboard = new ScoreboardView(board, Path, Parameters, "Ministère");
    }
}
