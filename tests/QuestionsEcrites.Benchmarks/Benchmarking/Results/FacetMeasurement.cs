namespace QuestionsEcrites.Benchmarks.Benchmarking.Results;

/// <summary>
/// Facet counts of one filtered set: the index's doc-values facets (a search with facets, beside the same search
/// without, whose difference is the facets' cost) against six SQL GROUP BY queries over the same rows. The site
/// reuses a browse's counts while the index is unchanged: <see cref="LuceneWithReusedFacets"/> is that case,
/// <see cref="LuceneWithFacets"/> counts afresh each time.
/// </summary>
public sealed record FacetMeasurement(
    string Filter,
    int Hits,
    LatencySummary LuceneWithFacets,
    LatencySummary LuceneWithoutFacets,
    LatencySummary Sql,
    LatencySummary LuceneWithReusedFacets,
    bool CountsAgree,
    IReadOnlyList<string> Differences);
