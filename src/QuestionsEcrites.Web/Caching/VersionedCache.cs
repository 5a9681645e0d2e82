namespace QuestionsEcrites.Web.Caching;

/// <summary>
/// Values computed on one <see cref="StoreVersion"/>, kept for as long as that version stands (Solr's caches live
/// per searcher the same way): a value asked again costs a lookup, and none can be staler than the version it is
/// filed under. Bounded (the least recently used go first), and emptied when a value of a new version comes in.
/// A capacity of 0 keeps nothing (to measure the work a cache saves).
/// </summary>
public class VersionedCache<TKey, TValue>(int capacity)
    where TKey : notnull
    where TValue : class
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, LinkedListNode<(TKey Key, TValue Value)>> _entries = [];
    private readonly LinkedList<(TKey Key, TValue Value)> _recency = new();
    private string? _version;

    public int Capacity { get; } = capacity >= 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity));

    public TValue? Find(string version, TKey key)
    {
        lock (_gate)
        {
            if (version != _version || !_entries.TryGetValue(key, out var node))
            {
                return null;
            }

            _recency.Remove(node);
            _recency.AddFirst(node);
            return node.Value.Value;
        }
    }

    public void Add(string version, TKey key, TValue value)
    {
        if (Capacity == 0)
        {
            return;
        }

        lock (_gate)
        {
            if (version != _version)
            {
                _entries.Clear();
                _recency.Clear();
                _version = version;
            }

            if (_entries.TryGetValue(key, out var existing))
            {
                _recency.Remove(existing);
            }
            else if (_entries.Count >= Capacity)
            {
                _entries.Remove(_recency.Last!.Value.Key);
                _recency.RemoveLast();
            }

            _entries[key] = _recency.AddFirst((key, value));
        }
    }

    /// <summary>
    /// The value filed under the current version, else computed and filed. The version is read before computing: a
    /// value computed while an import lands is filed under the older version, and the next call computes afresh.
    /// Without a version (the index cannot be opened), the value is computed and not kept.
    /// </summary>
    public async Task<TValue> GetOrComputeAsync(string? version, TKey key, Func<Task<TValue>> compute)
    {
        ArgumentNullException.ThrowIfNull(compute);
        if (version is not null && Find(version, key) is { } cached)
        {
            return cached;
        }

        var value = await compute();
        if (version is not null)
        {
            Add(version, key, value);
        }

        return value;
    }
}
