using Lucene.Net.Search;

namespace QuestionsEcrites.Search.Querying;

/// <summary>
/// The filters users combine (a rubrique, a ministry, a status, a year), each kept as a bitset per index segment
/// (Solr's filterCache): a filter asked again reads its bits instead of walking and intersecting posting lists.
/// Lucene's <see cref="CachingWrapperFilter"/> keys the bits by segment core, so they outlive a reopen for every
/// segment the commit left untouched, ignore deletions (applied at search time), and go with their segment once
/// a merge drops it. Bounded: the least recently used combination goes first.
/// </summary>
/// <remarks>At most a bit per document per combination (125 KB at 1,000,000, compressed when sparse): 32 MB at the default 256.</remarks>
internal sealed class FilterBitsetCache(int capacity = FilterBitsetCache.DefaultCapacity)
{
    public const int DefaultCapacity = 256;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, LinkedListNode<(string Key, Filter Filter)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, Filter Filter)> _recency = new();

    /// <summary>The cached filter for <paramref name="filters"/>, created on first use.</summary>
    public Filter For(BooleanQuery filters)
    {
        var key = filters.ToString();
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                return node.Value.Filter;
            }

            var filter = new CachingWrapperFilter(new QueryWrapperFilter(filters));
            if (capacity == 0)
            {
                return filter;
            }

            _entries[key] = _recency.AddFirst((key, filter));
            if (_entries.Count > capacity)
            {
                _entries.Remove(_recency.Last!.Value.Key);
                _recency.RemoveLast();
            }

            return filter;
        }
    }
}
