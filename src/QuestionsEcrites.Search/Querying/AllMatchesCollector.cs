using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using QuestionsEcrites.Search.Indexing;

namespace QuestionsEcrites.Search.Querying;

/// <summary>
/// Every match of a search, as store ids in the list's order: a whole result set to download (the texts are read
/// later, in chunks). By relevance, each match is kept as (score, tie key, store id), 16 bytes, and sorted. In date
/// or latest-step order, matches are only marked in a bitset per segment, then read off the segment's documents
/// already sorted by that key (<see cref="SegmentColumns.OrderBy"/>) and the segments' runs merged: no sort
/// per request, so a million-question download starts after a walk of the bitsets, not a sort of a million entries.
/// </summary>
internal sealed class AllMatchesCollector(SearchSort sort, bool hasText) : ICollector
{
    /// <summary>Below one match in this many documents, sorting the matches beats walking the segment's order.</summary>
    private const int SparseRatio = 32;

    private readonly bool _byRelevance = hasText && sort == SearchSort.Relevance;
    private readonly List<Match> _matches = [];
    private readonly List<SegmentMatches> _segments = [];
    private Scorer? _scorer;
    private long[] _keys = [];
    private NumericDocValues? _storeIds;
    private FixedBitSet? _bits;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        var columns = SegmentColumns.For(context.AtomicReader);
        _storeIds = context.AtomicReader.GetNumericDocValues(IndexFields.DbId);
        if (_byRelevance)
        {
            _keys = columns.NumberKeys;
            return;
        }

        _bits = new FixedBitSet(context.AtomicReader.MaxDoc);
        _segments.Add(new SegmentMatches(columns, context.AtomicReader, sort, _bits, _storeIds));
    }

    public void Collect(int doc)
    {
        if (_byRelevance)
        {
            _matches.Add(new Match(_scorer!.GetScore(), _keys[doc], (int)(_storeIds?.Get(doc) ?? 0)));
        }
        else
        {
            _bits!.Set(doc);
        }
    }

    public IReadOnlyList<int> OrderedIds() => _byRelevance ? ByRelevance() : ByKey();

    private int[] ByRelevance()
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

    private int[] ByKey()
    {
        var runs = _segments.Select(segment => segment.Run()).Where(run => run.Length > 0).ToArray();
        if (runs.Length == 1)
        {
            return runs[0].Select(m => m.StoreId).ToArray();
        }

        // The segments' runs, each greatest key first, merged on their heads.
        var ids = new int[runs.Sum(run => run.Length)];
        var heads = new PriorityQueue<int, long>(runs.Length, Comparer<long>.Create(static (a, b) => b.CompareTo(a)));
        var positions = new int[runs.Length];
        for (var r = 0; r < runs.Length; r++)
        {
            heads.Enqueue(r, runs[r][0].Key);
        }

        for (var i = 0; heads.TryDequeue(out var r, out _); i++)
        {
            ids[i] = runs[r][positions[r]].StoreId;
            if (++positions[r] < runs[r].Length)
            {
                heads.Enqueue(r, runs[r][positions[r]].Key);
            }
        }

        return ids;
    }

    private readonly record struct Match(float Score, long Key, int StoreId);

    private readonly record struct KeyedId(long Key, int StoreId);

    private sealed record SegmentMatches(SegmentColumns Columns, AtomicReader Reader, SearchSort Sort, FixedBitSet Bits, NumericDocValues? StoreIds)
    {
        /// <summary>The segment's matches, greatest key first.</summary>
        public KeyedId[] Run()
        {
            var count = Bits.Cardinality;
            var run = new KeyedId[count];
            if (count == 0)
            {
                return run;
            }

            var i = 0;
            if (count * (long)SparseRatio < Bits.Length)
            {
                var keys = Columns.KeysFor(Sort);
                for (var doc = Bits.NextSetBit(0); doc >= 0; doc = doc + 1 < Bits.Length ? Bits.NextSetBit(doc + 1) : -1)
                {
                    run[i++] = new KeyedId(keys[doc], (int)(StoreIds?.Get(doc) ?? 0));
                }

                run.AsSpan().Sort(static (a, b) => b.Key.CompareTo(a.Key));
                return run;
            }

            var order = Columns.OrderBy(Sort, Reader);
            for (var at = 0; i < count; at++)
            {
                if (Bits.Get(order.Docs[at]))
                {
                    run[i++] = new KeyedId(order.Keys[at], order.StoreIds[at]);
                }
            }

            return run;
        }
    }
}
