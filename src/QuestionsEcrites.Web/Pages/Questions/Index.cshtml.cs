using Microsoft.AspNetCore.Mvc.RazorPages;
using QuestionsEcrites.Web.Searching;

namespace QuestionsEcrites.Web.Pages.Questions;

public sealed class IndexModel(ResultsViewFactory results) : PageModel
{
    public ResultsView Results { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        (Results, var status) = await results.BuildAsync(Request, fixedFilter: null, ct);
        Response.StatusCode = status;
    }
}
