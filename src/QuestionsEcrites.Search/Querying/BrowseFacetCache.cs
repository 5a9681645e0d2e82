using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace QuestionsEcrites.Search.Querying;

/// <summary>
/// The facet counts of browsing without text, kept for as long as the index reader they were counted on: a
/// reader never changes, and a commit brings a new one, so the counts cannot go stale. Browsing is a few filter
/// combinations visited again and again (a rubrique, a ministry, everything), and counting facets over all
/// matches is most of its cost. Searches with text are not cached: their variety would only fill memory.
/// </summary>
internal sealed class BrowseFacetCache
{
    /// <summary>Filter combinations kept per reader; beyond, the cache starts over (a crawler walking every filter).</summary>
    private const int MaxEntries = 1_024;

    private readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<string, SearchFacets>> _byReader = [];

    public SearchFacets? Find(IndexReader reader, string filterKey) =>
        _byReader.TryGetValue(reader, out var entries) && entries.TryGetValue(filterKey, out var facets) ? facets : null;

    public void Add(IndexReader reader, string filterKey, SearchFacets facets)
    {
        var entries = _byReader.GetValue(reader, _ => new ConcurrentDictionary<string, SearchFacets>(StringComparer.Ordinal));
        if (entries.Count >= MaxEntries)
        {
            entries.Clear();
        }

        entries[filterKey] = facets;
    }
}
