using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace QuestionsEcrites.Search.Querying;

/// <summary>
/// Counts, for every matching document, the values of facet fields held as sorted-set doc values (a document may
/// have several, e.g. the ministry asked and the ministry assigned; each counts the document once). Counts are
/// kept per segment ordinal and resolved to labels once per segment, so collecting costs an array increment.
/// </summary>
internal sealed class FacetCollector(IReadOnlyList<string> fields) : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> _totals = fields.ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal));
    private SortedSetDocValues?[] _values = [];
    private int[][] _counts = [];

    public bool AcceptsDocsOutOfOrder => true;

    public IReadOnlyList<FacetCount> Counts(string field) =>
        _totals[field].Select(kv => new FacetCount(kv.Key, kv.Value)).ToList();

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _values = fields.Select(f => context.AtomicReader.GetSortedSetDocValues(f)).ToArray();
        _counts = _values.Select(v => v is null ? [] : new int[v.ValueCount]).ToArray();
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < _values.Length; i++)
        {
            if (_values[i] is not { } values)
            {
                continue;
            }

            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                _counts[i][ord]++;
            }
        }
    }

    /// <summary>Adds the current segment's counts to the totals; call after the search too.</summary>
    public void Flush()
    {
        var label = new BytesRef();
        for (var i = 0; i < _values.Length; i++)
        {
            if (_values[i] is not { } values)
            {
                continue;
            }

            var totals = _totals[fields[i]];
            var counts = _counts[i];
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] > 0)
                {
                    values.LookupOrd(ord, label);
                    var key = label.Utf8ToString();
                    totals[key] = totals.GetValueOrDefault(key) + counts[ord];
                }
            }
        }

        _values = [];
        _counts = [];
    }
}
