namespace QuestionsEcrites.Web.Pages.Deputes;

public sealed class DetailsModel(QuestionsDbContext db, ResultsViewFactory results) : FilteredListPageModel<DeputyHeader>(results, "auteur")
{
    protected override Task<DeputyHeader?> FindHeaderAsync(string slug, CancellationToken ct) =>
        db.Authors.AsNoTracking().Where(a => a.Slug == slug)
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
