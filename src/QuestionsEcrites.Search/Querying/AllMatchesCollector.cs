using Lucene.Net.Index;
using Lucene.Net.Search;
using QuestionsEcrites.Search.Indexing;

namespace QuestionsEcrites.Search.Querying;

/// <summary>
/// Keeps every match of a search as (score, sort key, store id), 16 bytes each, then orders them as the list does:
/// a whole result set to download (a million questions: 16 MB, the texts themselves are read later, in chunks).
/// </summary>
internal sealed class AllMatchesCollector(bool byRelevance) : ICollector
{
    private readonly List<Match> _matches = [];
    private Scorer? _scorer;
    private long[] _keys = [];
    private NumericDocValues? _storeIds;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        var columns = SegmentColumns.For(context.AtomicReader);
        _keys = byRelevance ? columns.NumberKeys : columns.DateKeys;
        _storeIds = context.AtomicReader.GetNumericDocValues(IndexFields.DbId);
    }

    public void Collect(int doc) =>
        _matches.Add(new Match(byRelevance ? _scorer!.GetScore() : 0f, _keys[doc], (int)(_storeIds?.Get(doc) ?? 0)));

    /// <summary>Best first: higher score, then larger key (newer, or larger legislature and number).</summary>
    public IReadOnlyList<int> OrderedIds()
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_matches);
        span.Sort(static (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : b.Key.CompareTo(a.Key));
        var ids = new int[span.Length];
        for (var i = 0; i < span.Length; i++)
        {
            ids[i] = span[i].StoreId;
        }

        return ids;
    }

    private readonly record struct Match(float Score, long Key, int StoreId);
}
