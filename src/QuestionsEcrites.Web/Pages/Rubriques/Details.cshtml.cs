namespace QuestionsEcrites.Web.Pages.Rubriques;

public sealed class DetailsModel(QuestionsDbContext db, ResultsViewFactory results) : FilteredListPageModel<string>(results, "rubrique")
{
    protected override Task<string?> FindHeaderAsync(string slug, CancellationToken ct) =>
        db.Rubriques.Where(r => r.Slug == slug).Select(r => r.Name).FirstOrDefaultAsync(ct);
}
