using Microsoft.EntityFrameworkCore;
using QuestionsEcrites.Data;
using QuestionsEcrites.Domain.Text;
using QuestionsEcrites.Import.Parsing;

namespace QuestionsEcrites.Import.Authors;

/// <summary>
/// The deputies of one import run, found without a query each: by the Assemblée's identifier, by legislature and
/// folded name, and through the question's stored author — one question has one author, whichever format names
/// them and in whatever order the formats come. Two rows found to be one person are united into one. What a batch
/// changes is journaled and undone if the batch fails.
/// </summary>
internal sealed class AuthorLookup
{
    private readonly List<Author> _pending = [];
    private readonly AuthorKeys _keys;

    // Authors attached to the current batch's context (DbSet.Local would run DetectChanges on every access).
    private readonly Dictionary<int, Author> _attached = [];

    /// <summary>Saved rows the current batch united into another: their other questions move when the batch is written.</summary>
    private readonly List<(int LoserId, Author Survivor)> _united = [];

    /// <summary>Saved rows the current batch renamed: their other questions must be indexed again.</summary>
    private readonly HashSet<int> _renamed = [];

    public IReadOnlyList<(int LoserId, Author Survivor)> UnitedInBatch => _united;

    public IReadOnlyCollection<int> RenamedInBatch => _renamed;

    private AuthorLookup(AuthorKeys keys) => _keys = keys;

    public static async Task<AuthorLookup> LoadAsync(QuestionsDbContext db, CancellationToken ct) => new(await AuthorKeys.LoadAsync(db, ct));

    /// <summary>A batch starts with a fresh context: nothing is attached to it yet.</summary>
    public void StartBatch() => _attached.Clear();

    /// <summary>Loads, in one query, the authors a batch may meet, so that <see cref="ResolveAsync"/> finds them tracked.</summary>
    public async Task PreloadAsync(QuestionsDbContext db, IEnumerable<(int Legislature, ParsedAuthor Author)> named, IEnumerable<int> storedIds, CancellationToken ct)
    {
        var ids = named
            .Select(n => (n.Author.AnId is { } anId ? _keys.ByAnId(n.Legislature, anId) : null) ?? _keys.ByName(n.Legislature, Slugs.From(n.Author.Name)) ?? 0)
            .Concat(storedIds)
            .Where(id => id != 0 && !_attached.ContainsKey(id))
            .Distinct()
            .ToList();
        foreach (var chunk in ids.Chunk(500))
        {
            foreach (var author in await db.Authors.Where(a => chunk.Contains(a.Id)).ToListAsync(ct))
            {
                _attached[author.Id] = author;
            }
        }
    }

    /// <summary>The stored author of a question, tracked by <paramref name="db"/>.</summary>
    public async Task<Author?> StoredAsync(QuestionsDbContext db, int? authorId, CancellationToken ct) =>
        authorId is { } id ? await AttachAsync(db, id, ct) : null;

    /// <summary>
    /// The author a document names, tracked by <paramref name="db"/>. Found by identifier, else as the question's
    /// stored author when the document can be the same person (an identifier for a deputy known by name, a name for
    /// a deputy known by identifier, the same name), else by name; created otherwise. The rows that turn out to be
    /// the same person are united (returned in <see cref="AuthorMatch.United"/>). The name changes only for one
    /// from an equal or stronger <see cref="AuthorNameSource"/>.
    /// </summary>
    public async Task<AuthorMatch> ResolveAsync(QuestionsDbContext db, int legislature, ParsedAuthor parsed, Author? stored, CancellationToken ct)
    {
        var anId = parsed.AnId;
        var nameKey = parsed.IsIdentifierOnly ? null : Slugs.From(parsed.Name);
        var byId = anId is null ? null : await FindAsync(db, legislature, a => a.AnId == anId, _keys.ByAnId(legislature, anId), ct);
        var byName = nameKey is null ? null : await FindAsync(db, legislature, a => a.NameKey == nameKey, _keys.ByName(legislature, nameKey), ct);
        if (stored is not null && !CanBe(stored, legislature, anId, nameKey))
        {
            stored = null;
        }

        var author = byId ?? stored ?? byName;
        var united = new List<Author>();
        if (author is null)
        {
            return new AuthorMatch(Create(db, legislature, parsed, nameKey ?? Slugs.From(parsed.Name)), united);
        }

        foreach (var other in new[] { stored, byName })
        {
            if (other is not null && other != author && (other.AnId is null || author.AnId is null || other.AnId == author.AnId) && !united.Contains(other))
            {
                var (survivor, loser) = Unite(db, author, other);
                united.Add(loser);
                author = survivor;
            }
        }

        Rename(author, parsed);
        if (anId is not null && author.AnId is null && _keys.ByAnId(legislature, anId) is null)
        {
            author.AnId = anId;
            SetAnId(author, anId);
        }

        return new AuthorMatch(author, united);
    }

    /// <summary>After a successful save: the new rows have ids and become known.</summary>
    public void Commit()
    {
        foreach (var author in _pending)
        {
            _keys.AddSaved(author);
        }

        _pending.Clear();
        _united.Clear();
        _renamed.Clear();
        _keys.Commit();
    }

    /// <summary>After a failed save: undo what the batch changed in the maps, newest first, and forget its new rows.</summary>
    public void Rollback()
    {
        _keys.Rollback();
        _pending.Clear();
        _united.Clear();
        _renamed.Clear();
    }

    /// <summary>Whether the question's stored author can be the person the document names.</summary>
    private static bool CanBe(Author stored, int legislature, string? anId, string? nameKey) =>
        stored.Legislature == legislature
        && (anId is not null
            ? stored.AnId is null || stored.AnId == anId // the identifier of a deputy known by name, or the same one
            : stored.AnId is not null || stored.NameKey == nameKey); // a name for a deputy known by identifier, or the same name

    private async Task<Author?> FindAsync(QuestionsDbContext db, int legislature, Func<Author, bool> matches, int? savedId, CancellationToken ct)
    {
        var pending = _pending.Find(a => a.Legislature == legislature && matches(a));
        if (pending is not null)
        {
            return pending;
        }

        return savedId is { } id ? await AttachAsync(db, id, ct) : null;
    }

    private async Task<Author> AttachAsync(QuestionsDbContext db, int id, CancellationToken ct)
    {
        if (!_attached.TryGetValue(id, out var author))
        {
            author = await db.Authors.SingleAsync(a => a.Id == id, ct);
            _attached[id] = author;
        }

        return author;
    }

    private Author Create(QuestionsDbContext db, int legislature, ParsedAuthor parsed, string nameKey)
    {
        var author = new Author
        {
            Civility = parsed.Civility,
            Name = parsed.Name,
            NameSource = parsed.NameSource,
            NameKey = nameKey,
            Legislature = legislature,
            AnId = parsed.AnId,
            Slug = _keys.UniqueSlug(nameKey, legislature),
        };
        db.Authors.Add(author);
        _pending.Add(author);
        return author;
    }

    /// <summary>
    /// One person in two rows: the saved row survives (the first when both are), taking what the other knows that it
    /// does not — the identifier, a name from a stronger source, the place — and the other goes.
    /// </summary>
    private (Author Survivor, Author Loser) Unite(QuestionsDbContext db, Author first, Author second)
    {
        var (survivor, loser) = first.Id == 0 && second.Id != 0 ? (second, first) : (first, second);
        Forget(loser);
        if (loser.NameSource > survivor.NameSource)
        {
            Rename(survivor, new ParsedAuthor(loser.Civility, loser.Name, null, null, null, loser.AnId) { NameSource = loser.NameSource });
        }

        survivor.Civility ??= loser.Civility;
        survivor.Department ??= loser.Department;
        survivor.Circonscription ??= loser.Circonscription;
        if (loser.LastQuestionOn > survivor.LastQuestionOn || (survivor.GroupId is null && survivor.Group is null))
        {
            survivor.LastQuestionOn = loser.LastQuestionOn ?? survivor.LastQuestionOn;
            survivor.Group = loser.Group ?? survivor.Group;
            survivor.GroupId = loser.Group?.Id ?? loser.GroupId ?? survivor.GroupId;
        }

        if (survivor.AnId is null && loser.AnId is not null)
        {
            survivor.AnId = loser.AnId;
            SetAnId(survivor, loser.AnId);
        }

        if (loser.Id == 0)
        {
            _pending.Remove(loser);
            db.Entry(loser).State = EntityState.Detached;
        }
        else
        {
            _united.Add((loser.Id, survivor));
            _attached.Remove(loser.Id);
            db.Authors.Remove(loser);
        }

        return (survivor, loser);
    }

    /// <summary>A stronger (or equal) source's name replaces the stored one; the deputy's key and URL follow it.</summary>
    private void Rename(Author author, ParsedAuthor parsed)
    {
        if (parsed.IsIdentifierOnly || parsed.NameSource < author.NameSource)
        {
            return;
        }

        author.Civility = parsed.Civility ?? author.Civility;
        author.NameSource = parsed.NameSource;
        if (author.Name == parsed.Name)
        {
            return;
        }

        author.Name = parsed.Name;
        if (author.Id != 0)
        {
            _renamed.Add(author.Id);
        }

        var nameKey = Slugs.From(parsed.Name);
        if (nameKey == author.NameKey)
        {
            return;
        }

        // A homonym (another identifier) holds the name: this deputy's key carries their identifier.
        if (_keys.ByName(author.Legislature, nameKey) is not null || _pending.Exists(a => a != author && a.Legislature == author.Legislature && a.NameKey == nameKey))
        {
            if (author.AnId is null)
            {
                return;
            }

            nameKey = $"{nameKey}-{author.AnId.ToLowerInvariant()}";
            if (_keys.ByName(author.Legislature, nameKey) is not null)
            {
                return;
            }
        }

        Forget(author, keepIdentifier: true);
        author.NameKey = nameKey;
        author.Slug = _keys.UniqueSlug(nameKey, author.Legislature);
        if (author.Id != 0)
        {
            _keys.SetName(author.Legislature, nameKey, author.Id);
        }
    }

    // A pending row is in no map yet: it is found in the pending list, and its keys are set at commit.
    private void Forget(Author author, bool keepIdentifier = false)
    {
        if (author.Id != 0)
        {
            _keys.Forget(author, keepIdentifier);
        }
    }

    private void SetAnId(Author author, string anId)
    {
        if (author.Id != 0)
        {
            _keys.SetAnId(author.Legislature, anId, author.Id);
        }
    }
}

/// <summary>The author a document names, and the rows found to be the same person and united into it.</summary>
internal sealed record AuthorMatch(Author Author, IReadOnlyList<Author> United);
