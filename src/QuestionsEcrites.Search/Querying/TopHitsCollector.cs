using System.Buffers;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace QuestionsEcrites.Search.Querying;

/// <summary>
/// Keeps the best <c>wanted</c> documents of a search, in one of the orders the site offers: by relevance
/// (score, then legislature and number, larger first), newest first (publication date, then legislature and
/// number) or latest step first (the feeds). Keys come from <see cref="SegmentColumns"/>. Candidates go to a buffer of twice the page depth; when
/// it is full, a selection keeps the best half and the worst kept becomes the bar to enter. Unlike a heap, this
/// stays linear when documents arrive in ascending order — the usual case for dates, as questions are indexed
/// roughly as they are published — so page 500 costs about what page 1 does. Ties fall to the lower document
/// number, so a page is the same whatever order the segments are visited in.
/// </summary>
internal sealed class TopHitsCollector(int wanted, bool byRelevance, bool byLastStep = false) : ICollector
{
    private readonly int _wanted = Math.Max(1, wanted);
    // Pooled: a deep page's buffer (page 500: 20,000 entries) would otherwise land on the large object heap at
    // every request and bring full collections.
    private Entry[] _buffer = ArrayPool<Entry>.Shared.Rent(Math.Clamp(2 * wanted, 2, 2048));
    private int _capacity = Math.Clamp(2 * wanted, 2, 2048);
    private int _count;
    private bool _hasBar;
    private Entry _bar; // the worst entry kept at the last selection: anything not better cannot enter the page
    private Scorer? _scorer;
    private long[] _keys = [];
    private int _docBase;

    public int TotalHits { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        var columns = SegmentColumns.For(context.AtomicReader);
        _keys = byRelevance ? columns.NumberKeys : byLastStep ? columns.LastStepKeys : columns.DateKeys;
        _docBase = context.DocBase;
    }

    public void Collect(int doc)
    {
        TotalHits++;
        var entry = new Entry(byRelevance ? _scorer!.GetScore() : 0f, _keys[doc], _docBase + doc);
        if (_hasBar && !Worse(_bar, entry))
        {
            return;
        }

        if (_count == _capacity)
        {
            if (_capacity < 2 * _wanted)
            {
                _capacity = (int)Math.Min(2L * _wanted, 2L * _capacity);
                var larger = ArrayPool<Entry>.Shared.Rent(_capacity);
                _buffer.AsSpan(0, _count).CopyTo(larger);
                ArrayPool<Entry>.Shared.Return(_buffer);
                _buffer = larger;
            }
            else
            {
                KeepBest();
            }
        }

        _buffer[_count++] = entry;
    }

    /// <summary>
    /// The entries from rank <paramref name="offset"/> (0-based), at most <paramref name="size"/>, best first.
    /// Call once, at the end: the buffer goes back to the pool.
    /// </summary>
    public IReadOnlyList<(int Doc, float Score)> Page(int offset, int size)
    {
        if (_count > _wanted)
        {
            KeepBest();
        }

        var kept = _buffer.AsSpan(0, _count);
        kept.Sort(static (a, b) => Worse(a, b) ? 1 : Worse(b, a) ? -1 : 0);
        var page = new List<(int, float)>(Math.Max(0, Math.Min(size, _count - offset)));
        for (var i = offset; i < _count && i < offset + size; i++)
        {
            page.Add((kept[i].Doc, kept[i].Score));
        }

        ArrayPool<Entry>.Shared.Return(_buffer);
        _buffer = [];
        _capacity = 0;
        return page;
    }

    /// <summary>True when <paramref name="a"/> ranks after <paramref name="b"/>.</summary>
    private static bool Worse(in Entry a, in Entry b) =>
        a.Score != b.Score ? a.Score < b.Score : a.Key != b.Key ? a.Key < b.Key : a.Doc > b.Doc;

    /// <summary>Moves the best <c>wanted</c> entries to the front (in no order) and drops the rest.</summary>
    private void KeepBest()
    {
        Select(_buffer.AsSpan(0, _count), _wanted);
        _count = _wanted;
        _bar = _buffer[0];
        for (var i = 1; i < _count; i++)
        {
            if (Worse(_buffer[i], _bar))
            {
                _bar = _buffer[i];
            }
        }

        _hasBar = true;
    }

    /// <summary>Quickselect: afterwards the first <paramref name="k"/> entries are the best ones.</summary>
    private static void Select(Span<Entry> entries, int k)
    {
        int left = 0, right = entries.Length - 1;
        while (left < right)
        {
            // Median of three as the pivot: sorted or reversed input stays linear.
            var middle = left + ((right - left) / 2);
            if (Worse(entries[left], entries[middle]))
            {
                (entries[left], entries[middle]) = (entries[middle], entries[left]);
            }

            if (Worse(entries[left], entries[right]))
            {
                (entries[left], entries[right]) = (entries[right], entries[left]);
            }

            if (Worse(entries[middle], entries[right]))
            {
                (entries[middle], entries[right]) = (entries[right], entries[middle]);
            }

            var pivot = entries[middle];
            int i = left, j = right;
            while (i <= j)
            {
                while (Worse(pivot, entries[i]))
                {
                    i++;
                }

                while (Worse(entries[j], pivot))
                {
                    j--;
                }

                if (i <= j)
                {
                    (entries[i], entries[j]) = (entries[j], entries[i]);
                    i++;
                    j--;
                }
            }

            // Best entries are now in [left, j], the pivot's equals between, worse ones in [i, right].
            if (k - 1 <= j)
            {
                right = j;
            }
            else if (k - 1 >= i)
            {
                left = i;
            }
            else
            {
                return;
            }
        }
    }

    private readonly record struct Entry(float Score, long Key, int Doc);
}
