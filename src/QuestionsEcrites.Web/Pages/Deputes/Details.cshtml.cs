using QuestionsEcrites.Data.Statistics;
using QuestionsEcrites.Web.Statistics;

namespace QuestionsEcrites.Web.Pages.Deputes;

/// <summary>A deputy: their record (questions asked, answered, delays, overdue), then their questions.</summary>
// The same URL on the same store version is the same page: kept rendered (a search asked again costs no rendering).
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = QuestionsEcrites.Web.Caching.StoreOutputCache.PolicyName)]
public sealed class DetailsModel(QuestionsDbContext db, ResultsViewFactory results, AccountabilityService statistics)
    : ReportedListPageModel<DeputyHeader>(results, "auteur", statistics, db, FigureDimension.Deputy)
{
    protected override string Scope => "Questions posées par ce député, publiées au Journal officiel";

    protected override Task<DeputyHeader?> FindHeaderAsync(string slug, CancellationToken ct) =>
        Db.Authors.AsNoTracking().Where(a => a.Slug == slug)
            .Select(a => new DeputyHeader(
                Author.DisplayNameOf(a.Civility, a.Name),
                a.Slug,
                a.Legislature,
                a.Group == null ? null : a.Group.Name,
                a.Department,
                a.Circonscription))
            .FirstOrDefaultAsync(ct);
}

/// <summary>What the deputy's page says of them above their questions.</summary>
public sealed record DeputyHeader(string Name, string Slug, int Legislature, string? Group, string? Department, int? Circonscription);
