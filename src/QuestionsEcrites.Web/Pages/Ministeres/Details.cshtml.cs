using QuestionsEcrites.Data.Statistics;
using QuestionsEcrites.Web.Statistics;

namespace QuestionsEcrites.Web.Pages.Ministeres;

/// <summary>A ministry: its figures and charts as the ministry that must answer, its oldest overdue questions, then its questions.</summary>
// The same URL on the same store version is the same page: kept rendered (a search asked again costs no rendering).
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = QuestionsEcrites.Web.Caching.StoreOutputCache.PolicyName)]
public sealed class DetailsModel(QuestionsDbContext db, ResultsViewFactory results, AccountabilityService statistics)
    : ReportedListPageModel<string>(results, "ministere", statistics, db, FigureDimension.Ministry)
{
    protected override string Scope => "Questions dont ce ministère est chargé de répondre (dernier ministère attributaire), publiées au Journal officiel";

    protected override Task<string?> FindHeaderAsync(string slug, CancellationToken ct) =>
        Db.Ministries.Where(m => m.Slug == slug).Select(m => m.Name).FirstOrDefaultAsync(ct);
}
