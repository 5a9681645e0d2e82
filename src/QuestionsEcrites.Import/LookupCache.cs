using Microsoft.EntityFrameworkCore;
using QuestionsEcrites.Data;
using QuestionsEcrites.Domain.Text;
using QuestionsEcrites.Import.Authors;

namespace QuestionsEcrites.Import;

/// <summary>
/// The ids of the lookups (rubriques, ministries, groups, authors) for one import run, so that a batch resolves
/// names without a query each. Entities created in a batch are remembered until that batch is saved.
/// </summary>
internal sealed class LookupCache
{
    private readonly Dictionary<string, int> _rubriques = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _ministries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _groups = new(StringComparer.Ordinal);
    private readonly List<(NamedEntity Entity, Dictionary<string, int> Map)> _pendingNamed = [];

    // Entities attached to the current batch's context. DbSet.Local is not used: each access runs DetectChanges over
    // every tracked entity, which made a batch quadratic.
    private readonly Dictionary<(Type, int), object> _attached = [];

    /// <summary>The deputies, found by identifier, name or the question's stored author.</summary>
    public AuthorLookup Authors { get; private set; } = null!;

    public static async Task<LookupCache> LoadAsync(QuestionsDbContext db, CancellationToken ct)
    {
        var cache = new LookupCache();
        await foreach (var r in db.Rubriques.AsNoTracking().Select(r => new { r.Id, r.Slug }).AsAsyncEnumerable().WithCancellation(ct))
        {
            cache._rubriques[r.Slug] = r.Id;
        }

        await foreach (var m in db.Ministries.AsNoTracking().Select(m => new { m.Id, m.Slug }).AsAsyncEnumerable().WithCancellation(ct))
        {
            cache._ministries[m.Slug] = m.Id;
        }

        await foreach (var g in db.PoliticalGroups.AsNoTracking().Select(g => new { g.Id, g.Slug }).AsAsyncEnumerable().WithCancellation(ct))
        {
            cache._groups[g.Slug] = g.Id;
        }

        cache.Authors = await AuthorLookup.LoadAsync(db, ct);
        return cache;
    }

    public Rubrique? Rubrique(QuestionsDbContext db, string? name) => Named(db, name, _rubriques, n => new Rubrique { Name = n, Slug = Slugs.From(n) });

    /// <summary>The canonical ministry of a published label (« Ministère de l'intérieur » and « Intérieur » are one).</summary>
    public Ministry? Ministry(QuestionsDbContext db, string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : Named(db, MinistryNames.Canonical(name), _ministries, n => new Ministry { Name = n, Slug = Slugs.From(n) });

    public PoliticalGroup? Group(QuestionsDbContext db, string? name) => Named(db, name, _groups, n => new PoliticalGroup { Name = n, Slug = Slugs.From(n) });

    /// <summary>A batch starts with a fresh context: nothing is attached to it yet.</summary>
    public void StartBatch()
    {
        _attached.Clear();
        Authors.StartBatch();
    }

    /// <summary>After a successful save: the new entities have ids and become known.</summary>
    public void Commit()
    {
        foreach (var (entity, map) in _pendingNamed)
        {
            map[entity.Slug] = entity.Id;
        }

        _pendingNamed.Clear();
        Authors.Commit();
    }

    /// <summary>
    /// After a failed save: forget what the batch created, and undo what it changed in the authors' maps (renames,
    /// identifiers, slugs taken, rows united), so that a retry sees the store as it is.
    /// </summary>
    public void Rollback()
    {
        _pendingNamed.Clear();
        Authors.Rollback();
    }

    private T? Named<T>(QuestionsDbContext db, string? name, Dictionary<string, int> map, Func<string, T> create)
        where T : NamedEntity
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var slug = Slugs.From(name);
        if (slug.Length == 0)
        {
            return null;
        }

        var pending = _pendingNamed.Find(p => p.Map == map && p.Entity.Slug == slug).Entity;
        if (pending is not null)
        {
            return (T)pending;
        }

        if (map.TryGetValue(slug, out var id))
        {
            if (_attached.TryGetValue((typeof(T), id), out var attached))
            {
                return (T)attached;
            }

            // An unmodified stub: EF only needs the key to set the foreign key.
            var stub = create(name);
            stub.Id = id;
            db.Set<T>().Attach(stub);
            _attached[(typeof(T), id)] = stub;
            return stub;
        }

        var entity = create(name);
        db.Set<T>().Add(entity);
        _pendingNamed.Add((entity, map));
        return entity;
    }
}
