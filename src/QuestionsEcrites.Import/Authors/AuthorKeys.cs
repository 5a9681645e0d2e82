using Microsoft.EntityFrameworkCore;
using QuestionsEcrites.Data;

namespace QuestionsEcrites.Import.Authors;

/// <summary>
/// The saved deputies' keys for one import run: the row id by (legislature, folded name) and by (legislature,
/// identifier), and the slugs taken. Every change a batch makes is journaled, so that a failed batch is undone
/// newest first and its retry sees the store as it is.
/// </summary>
internal sealed class AuthorKeys
{
    private readonly Dictionary<(int Legislature, string NameKey), int> _byName = [];
    private readonly Dictionary<(int Legislature, string AnId), int> _byAnId = [];
    private readonly HashSet<string> _slugs = new(StringComparer.Ordinal);
    private readonly List<Action> _undo = [];

    public static async Task<AuthorKeys> LoadAsync(QuestionsDbContext db, CancellationToken ct)
    {
        var keys = new AuthorKeys();
        await foreach (var a in db.Authors.AsNoTracking().Select(a => new { a.Id, a.Legislature, a.NameKey, a.Slug, a.AnId }).AsAsyncEnumerable().WithCancellation(ct))
        {
            keys._byName[(a.Legislature, a.NameKey)] = a.Id;
            keys._slugs.Add(a.Slug);
            if (a.AnId is not null)
            {
                keys._byAnId[(a.Legislature, a.AnId)] = a.Id;
            }
        }

        return keys;
    }

    public int? ByName(int legislature, string nameKey) => _byName.TryGetValue((legislature, nameKey), out var id) ? id : null;

    public int? ByAnId(int legislature, string anId) => _byAnId.TryGetValue((legislature, anId), out var id) ? id : null;

    /// <summary>A saved row's name key (its new one after a rename), journaled.</summary>
    public void SetName(int legislature, string nameKey, int id) => Set(_byName, (legislature, nameKey), id);

    /// <summary>A saved row's identifier, journaled.</summary>
    public void SetAnId(int legislature, string anId, int id) => Set(_byAnId, (legislature, anId), id);

    /// <summary>A row created by a batch, once saved: not journaled (the batch is committed).</summary>
    public void AddSaved(Author author)
    {
        _byName[(author.Legislature, author.NameKey)] = author.Id;
        if (author.AnId is not null)
        {
            _byAnId[(author.Legislature, author.AnId)] = author.Id;
        }
    }

    /// <summary>Forgets a saved row's keys (renamed or united into another), journaled.</summary>
    public void Forget(Author author, bool keepIdentifier = false)
    {
        Remove(_byName, (author.Legislature, author.NameKey), author.Id);
        if (!keepIdentifier && author.AnId is not null)
        {
            Remove(_byAnId, (author.Legislature, author.AnId), author.Id);
        }
    }

    /// <summary>« jean-dupont-17 », or « jean-dupont-17-2 » when taken; journaled.</summary>
    public string UniqueSlug(string nameKey, int legislature)
    {
        var slug = $"{nameKey}-{legislature}";
        for (var i = 2; !_slugs.Add(slug); i++)
        {
            slug = $"{nameKey}-{legislature}-{i}";
        }

        _undo.Add(() => _slugs.Remove(slug));
        return slug;
    }

    public void Commit() => _undo.Clear();

    public void Rollback()
    {
        for (var i = _undo.Count - 1; i >= 0; i--)
        {
            _undo[i]();
        }

        _undo.Clear();
    }

    private void Set<TKey>(Dictionary<TKey, int> map, TKey key, int id)
        where TKey : notnull
    {
        _undo.Add(map.TryGetValue(key, out var old) ? () => map[key] = old : () => map.Remove(key));
        map[key] = id;
    }

    private void Remove<TKey>(Dictionary<TKey, int> map, TKey key, int id)
        where TKey : notnull
    {
        if (map.TryGetValue(key, out var current) && current == id)
        {
            map.Remove(key);
            _undo.Add(() => map[key] = id);
        }
    }
}
