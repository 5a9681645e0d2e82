using Microsoft.AspNetCore.Mvc.RazorPages;
using QuestionsEcrites.Search.Querying;

namespace QuestionsEcrites.Web.Pages.Aide;

/// <summary>How to search: the syntax, what the analysis does for the user, and the acronyms the corpus defines.</summary>
public sealed class RechercheModel(QuestionSearcher searcher) : PageModel
{
    /// <summary>The acronyms shown: the most written ones (the list is the corpus's, it grows with it).</summary>
    public const int AcronymsShown = 200;

    public IReadOnlyList<(string Acronym, string Expansion, int Questions)> Acronyms { get; private set; } = [];

    public int AcronymCount { get; private set; }

    public void OnGet()
    {
        var all = searcher.Acronyms();
        AcronymCount = all.Count;
        Acronyms = all.Take(AcronymsShown).ToList();
    }
}
