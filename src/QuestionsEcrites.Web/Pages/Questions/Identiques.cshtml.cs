using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Caching.Memory;
using QuestionsEcrites.Data.Duplicates;
using QuestionsEcrites.Web.Parameters;

namespace QuestionsEcrites.Web.Pages.Questions;

/// <summary>
/// The largest groups of near-identical questions (the same text tabled by several deputies), with each group's
/// first question, its author and date. Computed once per state of the links, then served from memory.
/// </summary>
public sealed class IdentiquesModel(IdenticalClustersQuery clusters, IMemoryCache cache) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    [FromQuery(Name = "page")]
    public string? PageNumber { get; set; }

    public Dictionary<string, string> Errors { get; } = [];

    public IReadOnlyList<IdenticalCluster> Clusters { get; private set; } = [];

    public int ClusterCount { get; private set; }

    public int QuestionCount { get; private set; }

    public int CurrentPage { get; private set; } = 1;

    public int PageCount => Math.Max(1, (ClusterCount + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var page = ParameterValues.Int("page", PageNumber, 1, int.MaxValue, 1, Errors, "un entier supérieur ou égal à 1");
        var stamp = await clusters.StampAsync(ct);
        var all = (await cache.GetOrCreateAsync(("identical-clusters", stamp), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(30);
            return await clusters.AllAsync(ct);
        }))!;
        ClusterCount = all.Count;
        QuestionCount = all.Sum(c => c.Questions);
        if (Errors.Count == 0 && page > PageCount)
        {
            Errors["page"] = $"Le paramètre « page » ({page}) va au-delà de la dernière page ({PageCount}).";
        }

        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        CurrentPage = page;
        Clusters = all.Skip((page - 1) * PageSize).Take(PageSize).ToList();
    }
}
