using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QuestionsEcrites.Web.Browsing;
using QuestionsEcrites.Web.Searching;

namespace QuestionsEcrites.Web.Pages.Ministeres;

public sealed class DetailsModel(QuestionDetailsQuery lookups, ResultsViewFactory results) : PageModel
{
    public string Header { get; private set; } = null!;

    public ResultsView Results { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var header = await lookups.MinistryNameAsync(slug, ct);
        if (header is null)
        {
            return NotFound();
        }

        Header = header;
        (Results, var status) = await results.BuildAsync(Request, $"/ministeres/{slug}", ("ministere", slug), ct);
        Response.StatusCode = status;
        return Page();
    }
}
