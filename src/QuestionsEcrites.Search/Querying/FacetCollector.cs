using Lucene.Net.Index;
using Lucene.Net.Search;

namespace QuestionsEcrites.Search.Querying;

/// <summary>
/// Counts the facet values of every matching document from the segment's <see cref="SegmentColumns"/>: an array
/// increment per facet, the ministry counted once per distinct ministry of the document. Counts are kept per
/// segment ordinal and resolved to labels when the segment is done.
/// </summary>
internal sealed class FacetCollector : ICollector
{
    private readonly Dictionary<string, int>[] _singleTotals = SegmentColumns.SingleValuedFacets.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
    private readonly Dictionary<string, int> _ministryTotals = new(StringComparer.Ordinal);
    private SegmentColumns? _columns;
    private int[][] _singleCounts = [];
    private int[] _ministryCounts = [];

    public bool AcceptsDocsOutOfOrder => true;

    /// <summary>Counts of a single-valued facet (one of <see cref="SegmentColumns.SingleValuedFacets"/>).</summary>
    public IReadOnlyList<FacetCount> Counts(string field) =>
        ToList(_singleTotals[Array.IndexOf(SegmentColumns.SingleValuedFacets, field)]);

    public IReadOnlyList<FacetCount> MinistryCounts() => ToList(_ministryTotals);

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _columns = SegmentColumns.For(context.AtomicReader);
        _singleCounts = _columns.Facets.Select(f => new int[f.Labels.Length]).ToArray();
        _ministryCounts = new int[_columns.Ministries.Labels.Length];
    }

    public void Collect(int doc)
    {
        var facets = _columns!.Facets;
        for (var i = 0; i < facets.Length; i++)
        {
            var ord = facets[i].Ordinals[doc];
            if (ord >= 0)
            {
                _singleCounts[i][ord]++;
            }
        }

        var ministries = _columns.Ministries;
        var ordinals = ministries.Ordinals;
        for (int j = ministries.Starts![doc], end = ministries.Starts[doc + 1]; j < end; j++)
        {
            _ministryCounts[ordinals[j]]++;
        }
    }

    /// <summary>Adds the current segment's counts to the totals; call after the search too.</summary>
    public void Flush()
    {
        if (_columns is null)
        {
            return;
        }

        for (var i = 0; i < _singleCounts.Length; i++)
        {
            Add(_singleTotals[i], _singleCounts[i], _columns.Facets[i].Labels);
        }

        Add(_ministryTotals, _ministryCounts, _columns.Ministries.Labels);
        _columns = null;
    }

    private static void Add(Dictionary<string, int> totals, int[] counts, string[] labels)
    {
        for (var ord = 0; ord < counts.Length; ord++)
        {
            if (counts[ord] > 0)
            {
                totals[labels[ord]] = totals.GetValueOrDefault(labels[ord]) + counts[ord];
            }
        }
    }

    private static List<FacetCount> ToList(Dictionary<string, int> totals) => totals.Select(kv => new FacetCount(kv.Key, kv.Value)).ToList();
}
