using Microsoft.EntityFrameworkCore;
using QuestionsEcrites.Data;
using QuestionsEcrites.Domain.Questions;
using QuestionsEcrites.Domain.Text;
using QuestionsEcrites.Import.Parsing;

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
    private readonly Dictionary<(int Legislature, string NameKey), int> _authors = [];
    private readonly Dictionary<(int Legislature, string AnId), int> _authorsByAnId = [];
    private readonly HashSet<string> _authorSlugs = new(StringComparer.Ordinal);
    private readonly List<(NamedEntity Entity, Dictionary<string, int> Map)> _pendingNamed = [];
    private readonly List<Author> _pendingAuthors = [];

    // What the current batch changed in the maps of saved entities (a rename, an identifier), undone if it fails.
    private readonly List<Action> _undo = [];

    // Entities attached to the current batch's context. DbSet.Local is not used: each access runs DetectChanges over
    // every tracked entity, which made a batch quadratic.
    private readonly Dictionary<(Type, int), object> _attached = [];

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

        await foreach (var a in db.Authors.AsNoTracking().Select(a => new { a.Id, a.Legislature, a.NameKey, a.Slug, a.AnId }).AsAsyncEnumerable().WithCancellation(ct))
        {
            cache._authors[(a.Legislature, a.NameKey)] = a.Id;
            cache._authorSlugs.Add(a.Slug);
            if (a.AnId is not null)
            {
                cache._authorsByAnId[(a.Legislature, a.AnId)] = a.Id;
            }
        }

        return cache;
    }

    public Rubrique? Rubrique(QuestionsDbContext db, string? name) => Named(db, name, _rubriques, n => new Rubrique { Name = n, Slug = Slugs.From(n) });

    /// <summary>The canonical ministry of a published label (« Ministère de l'intérieur » and « Intérieur » are one).</summary>
    public Ministry? Ministry(QuestionsDbContext db, string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : Named(db, MinistryNames.Canonical(name), _ministries, n => new Ministry { Name = n, Slug = Slugs.From(n) });

    public PoliticalGroup? Group(QuestionsDbContext db, string? name) => Named(db, name, _groups, n => new PoliticalGroup { Name = n, Slug = Slugs.From(n) });

    /// <summary>
    /// The author of a question, tracked by <paramref name="db"/>: found by the Assemblée's identifier when the
    /// document gives it, else by legislature and normalised name; created otherwise. A deputy first known by
    /// identifier alone (open data) takes the real name when a page or text gives it, and a deputy known by name
    /// takes the identifier.
    /// </summary>
    public async Task<Author> AuthorAsync(QuestionsDbContext db, int legislature, ParsedAuthor parsed, CancellationToken ct)
    {
        var nameKey = Slugs.From(parsed.Name);
        var anId = parsed.AnId;
        var isPlaceholder = anId is not null && string.Equals(parsed.Name, anId, StringComparison.OrdinalIgnoreCase);
        var pending = _pendingAuthors.Find(a => a.Legislature == legislature && ((anId is not null && a.AnId == anId) || a.NameKey == nameKey));
        if (pending is not null)
        {
            return pending;
        }

        int id;
        if (anId is not null && _authorsByAnId.TryGetValue((legislature, anId), out id))
        {
            var byId = await LoadAuthorAsync(db, id, ct);
            var wasPlaceholder = string.Equals(byId.Name, byId.AnId, StringComparison.OrdinalIgnoreCase);
            if (wasPlaceholder && !isPlaceholder && !_authors.ContainsKey((legislature, nameKey)))
            {
                // The name arrives: the deputy's row, URL and lists follow it.
                RemoveAuthorKey((legislature, byId.NameKey));
                byId.Name = parsed.Name;
                byId.NameKey = nameKey;
                byId.Slug = UniqueAuthorSlug(nameKey, legislature);
                SetAuthorKey((legislature, nameKey), byId.Id);
            }

            return byId;
        }

        if (!isPlaceholder && _authors.TryGetValue((legislature, nameKey), out id))
        {
            var byName = await LoadAuthorAsync(db, id, ct);
            if (anId is not null && byName.AnId is null)
            {
                byName.AnId = anId;
                SetAuthorAnId((legislature, anId), byName.Id);
            }

            return byName;
        }

        var author = new Author
        {
            Name = parsed.Name,
            NameKey = nameKey,
            Legislature = legislature,
            AnId = anId,
            Slug = UniqueAuthorSlug(nameKey, legislature),
        };
        db.Authors.Add(author);
        _pendingAuthors.Add(author);
        return author;
    }

    /// <summary>
    /// The stored author of a question whose new document names its author by identifier only (open data): the
    /// known name stays, and the identifier is recorded when the deputy had none.
    /// </summary>
    public async Task<Author> KnownAuthorAsync(QuestionsDbContext db, int authorId, string anId, CancellationToken ct)
    {
        var author = await LoadAuthorAsync(db, authorId, ct);
        if (author.AnId is null && !_authorsByAnId.ContainsKey((author.Legislature, anId)))
        {
            author.AnId = anId;
            SetAuthorAnId((author.Legislature, anId), author.Id);
        }

        return author;
    }

    private async Task<Author> LoadAuthorAsync(QuestionsDbContext db, int id, CancellationToken ct)
    {
        if (_attached.TryGetValue((typeof(Author), id), out var attached))
        {
            return (Author)attached;
        }

        var loaded = await db.Authors.SingleAsync(a => a.Id == id, ct);
        _attached[(typeof(Author), id)] = loaded;
        return loaded;
    }

    /// <summary>Loads, in one query, the known authors a batch names, so that <see cref="AuthorAsync"/> finds them tracked.</summary>
    public async Task PreloadAuthorsAsync(QuestionsDbContext db, IEnumerable<(int Legislature, ParsedAuthor Author)> authors, CancellationToken ct)
    {
        var ids = authors
            .Select(n => n.Author.AnId is { } anId && _authorsByAnId.TryGetValue((n.Legislature, anId), out var byId) ? byId
                : _authors.TryGetValue((n.Legislature, Slugs.From(n.Author.Name)), out var id) ? id : 0)
            .Where(id => id != 0)
            .Distinct()
            .ToList();
        if (ids.Count > 0)
        {
            foreach (var author in await db.Authors.Where(a => ids.Contains(a.Id)).ToListAsync(ct))
            {
                _attached[(typeof(Author), author.Id)] = author;
            }
        }
    }

    /// <summary>A batch starts with a fresh context: nothing is attached to it yet.</summary>
    public void StartBatch() => _attached.Clear();

    /// <summary>After a successful save: the new entities have ids and become known.</summary>
    public void Commit()
    {
        foreach (var (entity, map) in _pendingNamed)
        {
            map[entity.Slug] = entity.Id;
        }

        foreach (var author in _pendingAuthors)
        {
            _authors[(author.Legislature, author.NameKey)] = author.Id;
            if (author.AnId is not null)
            {
                _authorsByAnId[(author.Legislature, author.AnId)] = author.Id;
            }
        }

        _pendingNamed.Clear();
        _pendingAuthors.Clear();
        _undo.Clear();
    }

    /// <summary>
    /// After a failed save: forget what the batch created, and undo what it changed in the maps of saved entities
    /// (renames, identifiers, slugs taken), newest first, so that a retry sees the store as it is.
    /// </summary>
    public void Rollback()
    {
        for (var i = _undo.Count - 1; i >= 0; i--)
        {
            _undo[i]();
        }

        _undo.Clear();
        _pendingNamed.Clear();
        _pendingAuthors.Clear();
    }

    private void SetAuthorKey((int, string) key, int id) => Journal(_authors, key, id);

    private void SetAuthorAnId((int, string) key, int id) => Journal(_authorsByAnId, key, id);

    private void RemoveAuthorKey((int, string) key)
    {
        if (_authors.Remove(key, out var old))
        {
            _undo.Add(() => _authors[key] = old);
        }
    }

    private void Journal<TKey>(Dictionary<TKey, int> map, TKey key, int id)
        where TKey : notnull
    {
        _undo.Add(map.TryGetValue(key, out var old) ? () => map[key] = old : () => map.Remove(key));
        map[key] = id;
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

    private string UniqueAuthorSlug(string nameKey, int legislature)
    {
        var slug = $"{nameKey}-{legislature}";
        for (var i = 2; !_authorSlugs.Add(slug); i++)
        {
            slug = $"{nameKey}-{legislature}-{i}";
        }

        _undo.Add(() => _authorSlugs.Remove(slug));
        return slug;
    }
}
