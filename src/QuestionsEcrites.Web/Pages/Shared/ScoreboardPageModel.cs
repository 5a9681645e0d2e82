using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QuestionsEcrites.Data.Statistics;
using QuestionsEcrites.Web.Statistics;

namespace QuestionsEcrites.Web.Pages.Shared;

/// <summary>
/// The shape of the ministries', groups', deputies' and rubriques' directories: the filters, then the scoreboard of
/// one dimension with its chart (<c>_ScoreboardPage.cshtml</c>). A bad filter answers 400 with the form to fix it.
/// </summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = QuestionsEcrites.Web.Caching.StoreOutputCache.PolicyName)]
public abstract class ScoreboardPageModel(AccountabilityService statistics, FigureDimension dimension, string path, string nameHeading) : PageModel
{
    /// <summary>Rows per page of a scoreboard (the deputies run into thousands).</summary>
    public const int PageSize = 100;

    [BindProperty(SupportsGet = true)]
    public StatisticsParameters Parameters { get; set; } = new();

    // From the query only: the page's own route value « page » is its path, not a number.
    [BindProperty(SupportsGet = true)]
    [FromQuery(Name = "page")]
    public string? PageNumber { get; set; }

    public ScoreboardView? Scoreboard { get; private set; }

    public StatisticsFiltersView Filters { get; private set; } = null!;

    /// <summary>The columns this directory shows.</summary>
    protected virtual IReadOnlyList<ScoreboardColumn> Columns => ScoreboardColumns.All;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var filter = Parameters.Validate(out var sort, out var errors);
        var page = Parameters.Page(PageNumber, errors);
        if (filter is not null && !Columns.Contains(sort.Column))
        {
            errors["tri"] = $"Le paramètre « tri » vaut l'une des colonnes de ce tableau ({string.Join(", ", Columns.Select(c => c.Code))}), pas « {sort.Column.Code} ».";
            filter = null;
        }

        Filters = new StatisticsFiltersView(path, Parameters, errors, await statistics.LegislaturesAsync(ct));
        if (filter is null || errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var board = await statistics.ScoreboardAsync(dimension, filter, sort, ct);
        var view = new ScoreboardView(board, path, Parameters, nameHeading) { Columns = Columns, Page = page, PageSize = PageSize };
        if (page > view.PageCount)
        {
            errors["page"] = $"Le paramètre « page » ({page}) va au-delà de la dernière page du tableau ({view.PageCount}).";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        Scoreboard = view;
    }
}
