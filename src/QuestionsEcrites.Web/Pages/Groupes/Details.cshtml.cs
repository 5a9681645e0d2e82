using QuestionsEcrites.Data.Statistics;
using QuestionsEcrites.Web.Statistics;

namespace QuestionsEcrites.Web.Pages.Groupes;

/// <summary>A political group: its figures and charts, its oldest overdue questions, then its questions.</summary>
// The same URL on the same store version is the same page: kept rendered (a search asked again costs no rendering).
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = QuestionsEcrites.Web.Caching.StoreOutputCache.PolicyName)]
public sealed class DetailsModel(QuestionsDbContext db, ResultsViewFactory results, AccountabilityService statistics)
    : ReportedListPageModel<string>(results, "groupe", statistics, db, FigureDimension.Group)
{
    protected override string Scope => "Questions posées par les députés de ce groupe (le groupe de l'auteur à la date de la question), publiées au Journal officiel";

    protected override Task<string?> FindHeaderAsync(string slug, CancellationToken ct) =>
        Db.PoliticalGroups.Where(g => g.Slug == slug).Select(g => g.Name).FirstOrDefaultAsync(ct);
}
