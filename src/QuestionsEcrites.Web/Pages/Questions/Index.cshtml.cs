using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace QuestionsEcrites.Web.Pages.Questions;

// The same URL on the same store version is the same page: kept rendered (a search asked again costs no rendering).
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = QuestionsEcrites.Web.Caching.StoreOutputCache.PolicyName)]
public sealed class IndexModel(ResultsViewFactory results) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public SearchParameters Parameters { get; set; } = new();

    public ResultsView Results { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        (Results, var status) = await results.BuildAsync(Request, Parameters, fixedFilter: null, ct);
        Response.StatusCode = status;
    }
}
