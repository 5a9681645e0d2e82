using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace QuestionsEcrites.Search.Querying;

/// <summary>
/// Counts, for every matching document, the values of facet fields: single-valued ones as sorted doc values (one
/// ordinal lookup), multi-valued ones as sorted-set doc values (the ministry asked and the ministry assigned; each
/// counts the document once). Counts are kept per segment ordinal and resolved to labels once per segment, so
/// collecting costs an array increment per field.
/// </summary>
internal sealed class FacetCollector(IReadOnlyList<string> fields, IReadOnlySet<string> multiValued) : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> _totals = fields.ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal));
    private SortedDocValues?[] _single = [];
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
        _single = fields.Select(f => multiValued.Contains(f) ? null : context.AtomicReader.GetSortedDocValues(f)).ToArray();
        _values = fields.Select(f => multiValued.Contains(f) ? context.AtomicReader.GetSortedSetDocValues(f) : null).ToArray();
        _counts = fields.Select((_, i) => _single[i] is { } s ? new int[s.ValueCount] : _values[i] is { } v ? new int[v.ValueCount] : []).ToArray();
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < _counts.Length; i++)
        {
            if (_single[i] is { } single)
            {
                var singleOrd = single.GetOrd(doc);
                if (singleOrd >= 0)
                {
                    _counts[i][singleOrd]++;
                }

                continue;
            }

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
        for (var i = 0; i < _counts.Length; i++)
        {
            if (_single[i] is null && _values[i] is null)
            {
                continue;
            }

            var totals = _totals[fields[i]];
            var counts = _counts[i];
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] > 0)
                {
                    if (_single[i] is { } single)
                    {
                        single.LookupOrd(ord, label);
                    }
                    else
                    {
                        _values[i]!.LookupOrd(ord, label);
                    }

                    var key = label.Utf8ToString();
                    totals[key] = totals.GetValueOrDefault(key) + counts[ord];
                }
            }
        }

        _single = [];
        _values = [];
        _counts = [];
    }
}
