using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QuestionsEcrites.Web.Browsing;
using QuestionsEcrites.Web.Searching;

namespace QuestionsEcrites.Web.Pages.Deputes;

public sealed class DetailsModel(QuestionDetailsQuery lookups, ResultsViewFactory results) : PageModel
{
    public DeputyHeader Header { get; private set; } = null!;

    public ResultsView Results { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var header = await lookups.DeputyAsync(slug, ct);
        if (header is null)
        {
            return NotFound();
        }

        Header = header;
        (Results, var status) = await results.BuildAsync(Request, $"/deputes/{slug}", ("auteur", slug), ct);
        Response.StatusCode = status;
        return Page();
    }
}
