using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using QuestionsEcrites.Search.Indexing;

namespace QuestionsEcrites.Search.Querying;

/// <summary>
/// The doc values a search reads for every matching document — facet ordinals and the sort keys — copied once
/// per segment into plain arrays. Reading Lucene's packed doc values costs a virtual call and a bit-unpacking per
/// value; an array read is a load. Segments never change (deletions live elsewhere), so the copy is cached for
/// the segment's life, keyed by its core and dropped with it. About 40 bytes per document.
/// </summary>
internal sealed class SegmentColumns
{
    /// <summary>Facets with one value per document, in <see cref="FacetColumn"/> order.</summary>
    public static readonly string[] SingleValuedFacets =
    [
        IndexFields.FacetRubrique, IndexFields.FacetGroup, IndexFields.FacetStatus, IndexFields.FacetYear, IndexFields.FacetLegislature,
    ];

    /// <summary>
    /// Facets with several values per document, in <see cref="MultiFacets"/> order: the ministry asked and the
    /// ministry assigned (when they differ), and the analyses.
    /// </summary>
    public static readonly string[] MultiValuedFacets = [IndexFields.FacetMinistry, IndexFields.FacetAnalyse];

    private const int NumberBits = 22;
    private const int LegislatureBits = 5;

    private static readonly ConditionalWeakTable<object, SegmentColumns> Cache = [];

    private SegmentOrder? _byDate;
    private SegmentOrder? _byLastStep;

    private SegmentColumns(AtomicReader reader)
    {
        var maxDoc = reader.MaxDoc;
        Facets = SingleValuedFacets.Select(field => FacetColumn.Single(reader.GetSortedDocValues(field), maxDoc)).ToArray();
        MultiFacets = MultiValuedFacets.Select(field => FacetColumn.Multi(reader.GetSortedSetDocValues(field), maxDoc)).ToArray();

        var published = reader.GetNumericDocValues(IndexFields.SortPublished);
        var lastStep = reader.GetNumericDocValues(IndexFields.SortLastStep);
        var legislature = reader.GetNumericDocValues(IndexFields.SortLegislature);
        var number = reader.GetNumericDocValues(IndexFields.SortNumber);
        DateKeys = new long[maxDoc];
        NumberKeys = new long[maxDoc];
        LastStepKeys = new long[maxDoc];
        for (var doc = 0; doc < maxDoc; doc++)
        {
            var tie = TieKey(legislature?.Get(doc) ?? 0, number?.Get(doc) ?? 0);
            NumberKeys[doc] = tie;
            DateKeys[doc] = DateKey(published?.Get(doc) ?? 0, tie);
            LastStepKeys[doc] = DateKey(lastStep?.Get(doc) ?? 0, tie);
        }
    }

    public FacetColumn[] Facets { get; }

    public FacetColumn[] MultiFacets { get; }

    /// <summary>Newest first when sorted descending: publication date, then legislature, then number.</summary>
    public long[] DateKeys { get; }

    /// <summary>The tie-break of relevance: legislature, then number, larger first.</summary>
    public long[] NumberKeys { get; }

    /// <summary>Latest step first when sorted descending (the feeds' order), then legislature, then number.</summary>
    public long[] LastStepKeys { get; }

    /// <summary>The key column of a whole-list order without relevance: the latest step's, or the publication date's.</summary>
    public long[] KeysFor(SearchSort sort) => sort == SearchSort.LastStep ? LastStepKeys : DateKeys;

    /// <summary>
    /// The segment's documents in <see cref="KeysFor"/>'s order, greatest first, with their keys and store ids in
    /// the same order: sorted once per segment and kept with it (a segment never changes), so a whole result set in
    /// date order is a sequential walk instead of a sort of a million matches per request, and no doc value is read
    /// at random (each would be a file read). <paramref name="reader"/> is a current reader of this segment (the
    /// columns are cached on its core, which outlives any one reader).
    /// </summary>
    public SegmentOrder OrderBy(SearchSort sort, AtomicReader reader) => sort == SearchSort.LastStep
        ? LazyInitializer.EnsureInitialized(ref _byLastStep, () => SegmentOrder.Descending(LastStepKeys, reader))
        : LazyInitializer.EnsureInitialized(ref _byDate, () => SegmentOrder.Descending(DateKeys, reader));

    public static SegmentColumns For(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => new SegmentColumns(reader));

    private static long DateKey(long date, long tie) => (Math.Clamp(date, 0, int.MaxValue) << (NumberBits + LegislatureBits)) | tie;

    private static long TieKey(long legislature, long number) =>
        (Math.Clamp(legislature, 0, (1L << LegislatureBits) - 1) << NumberBits) | Math.Clamp(number, 0, (1L << NumberBits) - 1);
}

/// <summary>A segment's documents in one key order, greatest first, with their keys and store ids alongside.</summary>
internal sealed class SegmentOrder(int[] docs, long[] keys, int[] storeIds)
{
    public int[] Docs { get; } = docs;

    public long[] Keys { get; } = keys;

    public int[] StoreIds { get; } = storeIds;

    public static SegmentOrder Descending(long[] keys, AtomicReader reader)
    {
        var docs = new int[keys.Length];
        for (var doc = 0; doc < docs.Length; doc++)
        {
            docs[doc] = doc;
        }

        var sorted = (long[])keys.Clone();
        Array.Sort(sorted, docs);
        Array.Reverse(sorted);
        Array.Reverse(docs);

        // Read in document order (sequential in the file), then laid out in key order.
        var values = reader.GetNumericDocValues(IndexFields.DbId);
        var byDoc = new int[docs.Length];
        for (var doc = 0; doc < byDoc.Length; doc++)
        {
            byDoc[doc] = (int)(values?.Get(doc) ?? 0);
        }

        var storeIds = new int[docs.Length];
        for (var i = 0; i < docs.Length; i++)
        {
            storeIds[i] = byDoc[docs[i]];
        }

        return new SegmentOrder(docs, sorted, storeIds);
    }
}

/// <summary>
/// One facet of one segment: each document's ordinals (<c>Starts[doc]</c> to <c>Starts[doc + 1]</c> in
/// <c>Ordinals</c> when multi-valued, <c>Ordinals[doc]</c> or -1 when single-valued) and the label of each ordinal.
/// </summary>
internal sealed class FacetColumn
{
    private FacetColumn(int[] ordinals, int[]? starts, string[] labels)
    {
        Ordinals = ordinals;
        Starts = starts;
        Labels = labels;
    }

    public int[] Ordinals { get; }

    public int[]? Starts { get; }

    public string[] Labels { get; }

    public static FacetColumn Single(SortedDocValues? values, int maxDoc)
    {
        var ordinals = new int[maxDoc];
        for (var doc = 0; doc < maxDoc; doc++)
        {
            ordinals[doc] = values?.GetOrd(doc) ?? -1;
        }

        return new FacetColumn(ordinals, null, ReadLabels(values?.ValueCount ?? 0, (ord, label) => values!.LookupOrd(ord, label)));
    }

    public static FacetColumn Multi(SortedSetDocValues? values, int maxDoc)
    {
        var starts = new int[maxDoc + 1];
        var ordinals = new List<int>(maxDoc);
        for (var doc = 0; doc < maxDoc; doc++)
        {
            starts[doc] = ordinals.Count;
            if (values is null)
            {
                continue;
            }

            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                ordinals.Add((int)ord);
            }
        }

        starts[maxDoc] = ordinals.Count;
        var count = (int)(values?.ValueCount ?? 0);
        return new FacetColumn([.. ordinals], starts, ReadLabels(count, (ord, label) => values!.LookupOrd(ord, label)));
    }

    private static string[] ReadLabels(int count, Action<int, BytesRef> lookup)
    {
        var labels = new string[count];
        var label = new BytesRef();
        for (var ord = 0; ord < count; ord++)
        {
            lookup(ord, label);
            labels[ord] = label.Utf8ToString();
        }

        return labels;
    }
}
