using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QuestionsEcrites.Data.Statistics;
using QuestionsEcrites.Web.Parameters;
using QuestionsEcrites.Web.Statistics;

namespace QuestionsEcrites.Web.Pages.Signalees;

/// <summary>
/// Every signalée with its ten-day clock, latest first, filtered by legislature, publication window, ministry and
/// group (<c>ministere</c>, <c>groupe</c>: slugs); with the figures per group and per ministry.
/// </summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = QuestionsEcrites.Web.Caching.StoreOutputCache.PolicyName)]
public sealed class IndexModel(AccountabilityService statistics, QuestionsDbContext db) : PageModel
{
    public const string Path = "/signalees";

    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public StatisticsParameters Parameters { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    [FromQuery(Name = "ministere")]
    public string? Ministere { get; set; }

    [BindProperty(SupportsGet = true)]
    [FromQuery(Name = "groupe")]
    public string? Groupe { get; set; }

    // From the query only: the page's own route value « page » is its path, not a number.
    [BindProperty(SupportsGet = true)]
    [FromQuery(Name = "page")]
    public string? PageNumber { get; set; }

    public SignaledReport? Report { get; private set; }

    public StatisticsFiltersView Filters { get; private set; } = null!;

    public int CurrentPage { get; private set; } = 1;

    /// <summary>Title, author and ministry of each listed signalée, by question id.</summary>
    public IReadOnlyDictionary<int, (string Title, string? Author, string? Ministry)> Listed { get; private set; } = new Dictionary<int, (string, string?, string?)>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var filter = Parameters.Validate(out _, out var errors);
        var names = await statistics.NamesAsync(ct);
        CurrentPage = ParameterValues.Int("page", PageNumber, 1, 100_000, 1, errors, "un entier supérieur ou égal à 1");
        int? ministry = null;
        int? group = null;
        if (!string.IsNullOrWhiteSpace(Ministere))
        {
            ministry = names.MinistryBySlug.TryGetValue(Ministere.Trim(), out var id) ? id : Unknown("ministere", Ministere, errors);
        }

        if (!string.IsNullOrWhiteSpace(Groupe))
        {
            group = names.GroupBySlug.TryGetValue(Groupe.Trim(), out var id) ? id : Unknown("groupe", Groupe, errors);
        }

        Filters = new StatisticsFiltersView(Path, Parameters, errors, await statistics.LegislaturesAsync(ct))
        {
            Hidden = new Dictionary<string, string?> { ["ministere"] = Ministere, ["groupe"] = Groupe },
        };
        if (filter is null || errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        Report = await statistics.SignaledAsync(filter with { MinistryId = ministry, GroupId = group }, CurrentPage, PageSize, ct);
        var pages = Math.Max(1, (Report.Count + PageSize - 1) / PageSize);
        if (CurrentPage > pages)
        {
            errors["page"] = $"Le paramètre « page » ({CurrentPage}) va au-delà de la dernière page de la liste ({pages}).";
            Report = null;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var ids = Report.Page.Select(r => r.QuestionId).ToList();
        var rows = await db.Questions.AsNoTracking().Where(q => ids.Contains(q.Id))
            .Select(q => new { q.Id, q.Title, q.Author!.Civility, AuthorName = q.Author.Name, q.MinistryAssignedLabel })
            .ToListAsync(ct);
        Listed = rows.ToDictionary(r => r.Id, r => (r.Title, r.AuthorName == null ? null : Author.DisplayNameOf(r.Civility, r.AuthorName), r.MinistryAssignedLabel));
    }

    /// <summary>This page's link with one filter changed (null removes it), the others kept.</summary>
    public string Link(string name, string? value)
    {
        var values = new Dictionary<string, string?> { ["ministere"] = Ministere, ["groupe"] = Groupe, [name] = value };
        return Parameters.Link(Path, [.. values.Select(v => (v.Key, v.Value))]);
    }

    private static int? Unknown(string name, string value, Dictionary<string, string> errors)
    {
        errors[name] = $"Le paramètre « {name} » ne désigne aucun {(name == "groupe" ? "groupe" : "ministère")} connu (reçu : « {ParameterValues.Truncate(value)} »).";
        return null;
    }
}
