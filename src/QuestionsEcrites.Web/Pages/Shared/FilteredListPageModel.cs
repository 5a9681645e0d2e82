using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace QuestionsEcrites.Web.Pages.Shared;

/// <summary>
/// The shape of a rubrique's, a ministry's and a deputy's page: a header found by its slug (else the French 404),
/// then the question list with that filter fixed. Each page says which filter and how its header is read.
/// </summary>
/// <param name="filterName">The list parameter the page fixes (<c>rubrique</c>, <c>ministere</c>, <c>auteur</c>).</param>
public abstract class FilteredListPageModel<THeader>(ResultsViewFactory results, string filterName) : PageModel
    where THeader : class
{
    [BindProperty(SupportsGet = true)]
    public SearchParameters Parameters { get; set; } = new();

    public THeader Header { get; private set; } = null!;

    public ResultsView Results { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (await FindHeaderAsync(slug, ct) is not { } header)
        {
            return NotFound();
        }

        Header = header;
        (Results, var status) = await results.BuildAsync(Request, Parameters, (filterName, slug), ct);
        Response.StatusCode = status;
        await OnFoundAsync(slug, ct);
        return Page();
    }

    protected abstract Task<THeader?> FindHeaderAsync(string slug, CancellationToken ct);

    /// <summary>What a page adds above its list once its header is found (a ministry's figures and charts).</summary>
    protected virtual Task OnFoundAsync(string slug, CancellationToken ct) => Task.CompletedTask;
}
