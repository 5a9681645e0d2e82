namespace QuestionsEcrites.Web.Pages.Ministeres;

public sealed class DetailsModel(QuestionsDbContext db, ResultsViewFactory results) : FilteredListPageModel<string>(results, "ministere")
{
    protected override Task<string?> FindHeaderAsync(string slug, CancellationToken ct) =>
        db.Ministries.Where(m => m.Slug == slug).Select(m => m.Name).FirstOrDefaultAsync(ct);
}
