using Microsoft.AspNetCore.Mvc.RazorPages;

namespace QuestionsEcrites.Web.Pages.Shared;

/// <summary>The shape of the rubriques', ministries' and deputies' directories: their rows with their figures.</summary>
public abstract class DirectoryPageModel<TRow> : PageModel
{
    public IReadOnlyList<TRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await LoadAsync(ct);

    protected abstract Task<IReadOnlyList<TRow>> LoadAsync(CancellationToken ct);
}
