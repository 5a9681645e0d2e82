using Lucene.Net.Index;
using Lucene.Net.Search;

namespace QuestionsEcrites.Search.Querying;

/// <summary>
/// Counts the facet values of every matching document from the segment's <see cref="SegmentColumns"/>: an array
/// increment per facet, a multi-valued facet (ministries, analyses) counted once per distinct value of the
/// document. Counts are kept per segment ordinal and resolved to labels when the segment is done.
/// </summary>
internal sealed class FacetCollector : ICollector
{
    private readonly Dictionary<string, int>[] _singleTotals = NewTotals(SegmentColumns.SingleValuedFacets);
    private readonly Dictionary<string, int>[] _multiTotals = NewTotals(SegmentColumns.MultiValuedFacets);
    private SegmentColumns? _columns;
    private int[][] _singleCounts = [];
    private int[][] _multiCounts = [];

    public bool AcceptsDocsOutOfOrder => true;

    /// <summary>Counts of a single-valued facet (one of <see cref="SegmentColumns.SingleValuedFacets"/>).</summary>
    public IReadOnlyList<FacetCount> Counts(string field) =>
        ToList(_singleTotals[Array.IndexOf(SegmentColumns.SingleValuedFacets, field)]);

    /// <summary>Counts of a multi-valued facet (one of <see cref="SegmentColumns.MultiValuedFacets"/>).</summary>
    public IReadOnlyList<FacetCount> MultiCounts(string field) =>
        ToList(_multiTotals[Array.IndexOf(SegmentColumns.MultiValuedFacets, field)]);

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _columns = SegmentColumns.For(context.AtomicReader);
        _singleCounts = _columns.Facets.Select(f => new int[f.Labels.Length]).ToArray();
        _multiCounts = _columns.MultiFacets.Select(f => new int[f.Labels.Length]).ToArray();
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

        var multi = _columns.MultiFacets;
        for (var i = 0; i < multi.Length; i++)
        {
            var facet = multi[i];
            var counts = _multiCounts[i];
            var ordinals = facet.Ordinals;
            for (int j = facet.Starts![doc], end = facet.Starts[doc + 1]; j < end; j++)
            {
                counts[ordinals[j]]++;
            }
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

        for (var i = 0; i < _multiCounts.Length; i++)
        {
            Add(_multiTotals[i], _multiCounts[i], _columns.MultiFacets[i].Labels);
        }

        _columns = null;
    }

    private static Dictionary<string, int>[] NewTotals(string[] fields) => fields.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();

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
