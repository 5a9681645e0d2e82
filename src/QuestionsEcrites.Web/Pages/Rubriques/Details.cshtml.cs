using QuestionsEcrites.Data.Statistics;
using QuestionsEcrites.Web.Statistics;

namespace QuestionsEcrites.Web.Pages.Rubriques;

/// <summary>A rubrique: its figures and charts, its oldest overdue questions, then its questions.</summary>
// The same URL on the same store version is the same page: kept rendered (a search asked again costs no rendering).
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = QuestionsEcrites.Web.Caching.StoreOutputCache.PolicyName)]
public sealed class DetailsModel(QuestionsDbContext db, ResultsViewFactory results, AccountabilityService statistics)
    : ReportedListPageModel<string>(results, "rubrique", statistics, db, FigureDimension.Rubrique)
{
    protected override string Scope => "Questions de cette rubrique publiées au Journal officiel";

    protected override Task<string?> FindHeaderAsync(string slug, CancellationToken ct) =>
        Db.Rubriques.Where(r => r.Slug == slug).Select(r => r.Name).FirstOrDefaultAsync(ct);
}
