using Microsoft.EntityFrameworkCore;
using QuestionsEcrites.Data;
using QuestionsEcrites.Domain.Text;

namespace QuestionsEcrites.Import.Deputies;

/// <summary>
/// Applies a deputies file to the store: a deputy known by identifier only takes their name, a deputy known by
/// name takes their identifier, and when both rows exist they merge into one (the questions follow). Questions
/// whose author changed are stamped so that the index picks them up.
/// </summary>
internal sealed class DeputyResolver(QuestionsDbContext db, long changeStamp)
{
    public async Task<int> ApplyAsync(IReadOnlyList<ParsedDeputy> deputies, CancellationToken ct)
    {
        var resolved = 0;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var deputy in deputies)
        {
            foreach (var mandate in deputy.Mandates)
            {
                await ApplyAsync(deputy, mandate, ct);
                resolved++;
            }
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return resolved;
    }

    private async Task ApplyAsync(ParsedDeputy deputy, ParsedMandate mandate, CancellationToken ct)
    {
        var nameKey = Slugs.From(deputy.Name);
        var byId = await db.Authors.FirstOrDefaultAsync(a => a.Legislature == mandate.Legislature && a.AnId == deputy.AnId, ct);
        var byName = await db.Authors.FirstOrDefaultAsync(a => a.Legislature == mandate.Legislature && a.NameKey == nameKey && (byId == null || a.Id != byId.Id), ct);

        if (byId is not null && byName is not null && byName.AnId is null)
        {
            // Two rows for one person (open data by identifier, a page by name): the questions move to one.
            await db.Questions.Where(q => q.AuthorId == byName.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(q => q.AuthorId, byId.Id).SetProperty(q => q.ChangeStamp, changeStamp), ct);
            db.Authors.Remove(byName);
            await db.SaveChangesAsync(ct);
            byName = null;
        }

        var author = byId ?? (byName is { AnId: null } ? byName : null);
        if (author is null)
        {
            if (byName is not null)
            {
                nameKey = $"{nameKey}-{deputy.AnId.ToLowerInvariant()}";
            }

            author = new Author { Name = deputy.Name, NameKey = nameKey, Legislature = mandate.Legislature, Slug = await UniqueSlugAsync(nameKey, mandate.Legislature, ct) };
            db.Authors.Add(author);
        }

        // A homonym (same name, another identifier) keeps a distinct key.
        if (await db.Authors.AnyAsync(a => a.Legislature == mandate.Legislature && a.NameKey == nameKey && a.AnId != null && a.AnId != deputy.AnId, ct))
        {
            nameKey = $"{nameKey}-{deputy.AnId.ToLowerInvariant()}";
        }

        var renamed = author.NameKey != nameKey;
        author.AnId = deputy.AnId;
        author.Name = deputy.Name;
        author.NameSource = AuthorNameSource.DeputiesFile;
        author.Civility = deputy.Civility ?? author.Civility;
        author.Department = mandate.Department ?? author.Department;
        author.Circonscription = mandate.Circonscription ?? author.Circonscription;
        if (renamed)
        {
            author.NameKey = nameKey;
            author.Slug = await UniqueSlugAsync(nameKey, mandate.Legislature, ct);
        }

        if (author.Id != 0)
        {
            await db.Questions.Where(q => q.AuthorId == author.Id).ExecuteUpdateAsync(s => s.SetProperty(q => q.ChangeStamp, changeStamp), ct);
        }
    }

    private async Task<string> UniqueSlugAsync(string nameKey, int legislature, CancellationToken ct)
    {
        var slug = $"{nameKey}-{legislature}";
        for (var i = 2; await db.Authors.AnyAsync(a => a.Slug == slug, ct) || db.Authors.Local.Any(a => a.Slug == slug); i++)
        {
            slug = $"{nameKey}-{legislature}-{i}";
        }

        return slug;
    }
}
