using Microsoft.AspNetCore.Mvc.RazorPages;
using QuestionsEcrites.Web.Browsing;

namespace QuestionsEcrites.Web.Pages;

public sealed class IndexModel(QuestionBrowser browser) : PageModel
{
    public KeyFigures Figures { get; private set; } = new(0, 0);

    public IReadOnlyList<QuestionSummary> Latest { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Figures = await browser.GetKeyFiguresAsync(ct);
        Latest = await browser.GetLatestAsync(20, ct);
    }
}
