using QuestionsEcrites.Data.Statistics;
using QuestionsEcrites.Web.Statistics;

namespace QuestionsEcrites.Web.Pages.Ministeres;

/// <summary>A ministry: its figures and charts as the ministry that must answer, its oldest overdue questions, then its questions.</summary>
public sealed class DetailsModel(QuestionsDbContext db, ResultsViewFactory results, AccountabilityService statistics)
    : ReportedListPageModel<string>(results, "ministere", statistics, db, FigureDimension.Ministry)
{
    protected override string Scope => "Questions dont ce ministère est chargé de répondre (dernier ministère attributaire), publiées au Journal officiel";

    protected override Task<string?> FindHeaderAsync(string slug, CancellationToken ct) =>
        Db.Ministries.Where(m => m.Slug == slug).Select(m => m.Name).FirstOrDefaultAsync(ct);
}
