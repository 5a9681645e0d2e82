using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using QuestionsEcrites.Domain.Questions;
using QuestionsEcrites.Domain.Text;
using QuestionsEcrites.Search.Analysis;
using QuestionsEcrites.Search.Indexing;

namespace QuestionsEcrites.Search.Querying;

/// <summary>
/// Runs searches and browses on the shared index: the user's text (if any) and the filters select documents;
/// one pass collects the requested page (relevance or date order, ties broken by legislature then number, newest
/// first) and the facet counts of the whole result set. Without text, the counts are reused for as long as the
/// index does not change (<see cref="BrowseFacetCache"/>).
/// </summary>
public sealed class QuestionSearcher(QuestionIndex index, RankingOptions? ranking = null, LikeOptions? like = null) : IDisposable
{
    /// <summary>The deepest rank served.</summary>
    public const int MaxDepth = QuestionSearchRequest.MaxDepth;

    private readonly LikeOptions _like = like ?? LikeOptions.Default;

    private readonly QueryAnalyzers _analyzers = new();
    private readonly Lucene.Net.Analysis.Analyzer _indexAnalyzer = FrenchAnalyzers.Stemmed();
    private readonly BrowseFacetCache _browseFacets = new();
    private readonly FilterBitsetCache _filterBitsets = new();
    private readonly RankingOptions _ranking = ranking ?? RankingOptions.Default;
    private readonly Lucene.Net.Search.Similarities.Similarity _similarity = (ranking ?? RankingOptions.Default).CreateSimilarity();

    public QuestionSearchResult Search(QuestionSearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parsed = UserQueryParser.Parse(request.Text);
        var result = SearchParsed(request, parsed);
        if (result.Total > 0 || !request.CorrectSpelling || request.Text is not { } typed)
        {
            return result;
        }

        // Nothing found: a word the index does not hold may be a typo of one it holds often; the first spelling
        // that finds questions with the other words is served.
        foreach (var corrected in index.Search(searcher => SpellingCorrector.Corrections(searcher.IndexReader, _analyzers, typed, parsed)))
        {
            var again = SearchParsed(request with { Text = corrected }, UserQueryParser.Parse(corrected));
            if (again.Total > 0)
            {
                return again with { CorrectedQuery = corrected };
            }
        }

        return result;
    }

    private QuestionSearchResult SearchParsed(QuestionSearchRequest request, UserQuery parsed)
    {
        var page = Math.Max(1, request.Page);
        var size = Math.Clamp(request.PageSize, 1, QuestionSearchRequest.MaxPageSize);
        // The collector keeps page × size entries: bound it whatever the caller asks.
        var wanted = (int)Math.Min((long)page * size, MaxDepth);
        page = Math.Min(page, Math.Max(1, MaxDepth / size));

        return index.Search(shared =>
        {
            // A light view of the shared reader with this searcher's ranking (the shared searcher is never mutated).
            var searcher = new IndexSearcher(shared.IndexReader) { Similarity = _similarity };
            var (text, highlight) = new TextQueryBuilder(_analyzers, _ranking).Build(parsed, AcronymMap.For(shared.IndexReader));
            var byRelevance = text is not null && request.Sort == SearchSort.Relevance;
            var query = Combine(text, Filters(request, typeIsImplied: HoldsOnlyType(searcher.IndexReader, request.Type)), cacheable: request.OnlyIds is null);
            var top = new TopHitsCollector(wanted, byRelevance, byLastStep: request.Sort == SearchSort.LastStep);
            var browseKey = text is null && request.IncludeFacets && request.ReuseBrowseFacets ? query.ToString() : null;
            var cachedFacets = browseKey is null ? null : _browseFacets.Find(searcher.IndexReader, browseKey);
            var facets = request.IncludeFacets && cachedFacets is null ? new FacetCollector() : null;
            searcher.Search(query, facets is null ? top : MultiCollector.Wrap(top, facets));
            facets?.Flush();

            var hits = top.Page((page - 1) * size, size).Select(hit => Hit(searcher.IndexReader, hit.Doc, hit.Score)).ToList();

            var facetCounts = cachedFacets ?? (facets is null
                ? SearchFacets.Empty
                : new SearchFacets(
                    ByCount(facets.Counts(IndexFields.FacetRubrique)),
                    ByCount(facets.MultiCounts(IndexFields.FacetMinistry)),
                    ByCount(facets.Counts(IndexFields.FacetGroup)),
                    ByCount(facets.Counts(IndexFields.FacetStatus)),
                    ByValueDescending(facets.Counts(IndexFields.FacetYear)),
                    ByValueDescending(facets.Counts(IndexFields.FacetLegislature)),
                    ByCount(facets.MultiCounts(IndexFields.FacetAnalyse)).Take(SearchFacets.MaxAnalyseValues).ToList()));
            if (browseKey is not null && cachedFacets is null)
            {
                _browseFacets.Add(searcher.IndexReader, browseKey, facetCounts);
            }

            return new QuestionSearchResult(top.TotalHits, hits, facetCounts, highlight);
        });
    }

    /// <summary>
    /// The store ids of every question the request selects, in its list's order (best match first with text and
    /// relevance order, else newest first): what a download streams. No page depth applies; no spelling correction.
    /// </summary>
    public IReadOnlyList<int> MatchingIds(QuestionSearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parsed = UserQueryParser.Parse(request.Text);
        return index.Search(shared =>
        {
            var searcher = new IndexSearcher(shared.IndexReader) { Similarity = _similarity };
            var (text, _) = new TextQueryBuilder(_analyzers, _ranking).Build(parsed, AcronymMap.For(shared.IndexReader));
            var query = Combine(text, Filters(request, typeIsImplied: HoldsOnlyType(searcher.IndexReader, request.Type)), cacheable: request.OnlyIds is null);
            var all = new AllMatchesCollector(request.Sort, hasText: text is not null);
            searcher.Search(query, all);
            return all.OrderedIds();
        });
    }

    /// <summary>The terms a query would mark in a text, without searching (the detail page reached from a search).</summary>
    public HighlightTerms Highlight(string? text) =>
        index.Search(shared => new TextQueryBuilder(_analyzers, _ranking).Build(UserQueryParser.Parse(text), AcronymMap.For(shared.IndexReader)).Highlight);

    /// <summary>The acronyms the indexed corpus defines, most written first (the search help lists them).</summary>
    public IReadOnlyList<(string Acronym, string Expansion, int Questions)> Acronyms() => index.Search(shared => AcronymMap.For(shared.IndexReader).All);

    /// <summary>
    /// The questions most like a question's title and text (<see cref="LikeQuery"/>: their most telling stemmed
    /// words, weighted by tf-idf as Lucene's MoreLikeThis does, as one query), itself and other types left out;
    /// best first. The caller orders ties (answered first) once it knows the statuses.
    /// </summary>
    public IReadOnlyList<SearchHit> Similar(QuestionKey key, string title, string text, int count)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(text);
        return index.Search(shared =>
        {
            var searcher = new IndexSearcher(shared.IndexReader) { Similarity = _similarity };
            var query = LikeQuery.Build(shared.IndexReader, _indexAnalyzer, title + "\n\n" + text, _like);
            if (query is null)
            {
                return [];
            }

            var filtered = new BooleanQuery
            {
                { query, Occur.MUST },
                { new TermQuery(new Term(IndexFields.Key, key.ToString())), Occur.MUST_NOT },
            };
            if (!HoldsOnlyType(shared.IndexReader, key.Type))
            {
                filtered.Add(new ConstantScoreQuery(new TermQuery(new Term(IndexFields.Type, key.Type.ToString()))) { Boost = 0f }, Occur.MUST);
            }
            return searcher.Search(filtered, count).ScoreDocs.Select(hit => Hit(shared.IndexReader, hit.Doc, hit.Score)).ToList();
        });
    }

    public void Dispose()
    {
        _analyzers.Dispose();
        _indexAnalyzer.Dispose();
    }

    /// <summary>A hit's store id and key, read from doc values (nothing else is stored).</summary>
    private static SearchHit Hit(IndexReader reader, int docId, float score)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(docId, leaves)];
        var doc = docId - leaf.DocBase;
        long Value(string field) => leaf.AtomicReader.GetNumericDocValues(field)?.Get(doc) ?? 0;
        var key = new QuestionKey(
            (QuestionType)Math.Clamp(Value(IndexFields.TypeCode), 0, (long)QuestionType.QOSD),
            (int)Value(IndexFields.SortLegislature),
            (int)Value(IndexFields.SortNumber));
        return new SearchHit((int)Value(IndexFields.DbId), key, score);
    }

    private static List<FacetCount> ByCount(IReadOnlyList<FacetCount> counts) =>
        counts.OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Create(FrenchText.Culture, ignoreCase: true)).ToList();

    private static List<FacetCount> ByValueDescending(IReadOnlyList<FacetCount> counts) =>
        counts.OrderByDescending(c => c.Value.Length).ThenByDescending(c => c.Value, StringComparer.Ordinal).ToList();

    private Query Combine(Query? text, BooleanQuery filters, bool cacheable)
    {
        if (filters.Clauses.Count == 0)
        {
            return text ?? new MatchAllDocsQuery();
        }

        // A set of store ids (a download's selection) is asked once: only the users' filters are kept as bitsets.
        var filter = cacheable ? new ConstantScoreQuery(_filterBitsets.For(filters)) { Boost = 0f } : new ConstantScoreQuery(filters) { Boost = 0f };
        if (text is null)
        {
            return filter;
        }

        // Filters select without scoring, so relevance is the text's alone.
        return new BooleanQuery { { text, Occur.MUST }, { filter, Occur.MUST } };
    }

    /// <summary>
    /// True when no document, live or deleted, is of another type than <paramref name="type"/>: the type filter
    /// then selects everything and is left out (it costs a posting-list walk over every document on broad
    /// queries). Written questions alone is the usual corpus.
    /// </summary>
    private static bool HoldsOnlyType(IndexReader reader, QuestionType type) =>
        TypesPresent.GetValue(reader, FindTypes).All(present => present == type);

    /// <summary>The question types of an index reader, found once per reader (term lookups in every segment).</summary>
    private static readonly ConditionalWeakTable<IndexReader, QuestionType[]> TypesPresent = [];

    private static QuestionType[] FindTypes(IndexReader reader) =>
        Enum.GetValues<QuestionType>().Where(type => reader.DocFreq(new Term(IndexFields.Type, type.ToString())) > 0).ToArray();

    private static BooleanQuery Filters(QuestionSearchRequest request, bool typeIsImplied)
    {
        var filters = new BooleanQuery();
        if (!typeIsImplied)
        {
            AddTerm(filters, IndexFields.Type, request.Type.ToString(), slug: false);
        }

        AddTerm(filters, IndexFields.Rubrique, request.Rubrique);
        AddTerm(filters, IndexFields.Analyse, request.Analyse);
        AddTerm(filters, IndexFields.Ministry, request.Ministry is null ? null : MinistryNames.Slug(request.Ministry), slug: false);
        AddTerm(filters, IndexFields.Author, request.Author);
        AddTerm(filters, IndexFields.Group, request.Group);
        AddTerm(filters, IndexFields.Department, request.Department);
        AddTerm(filters, IndexFields.Status, request.Status?.ToCode(), slug: false);
        if (request.Legislature is { } legislature)
        {
            AddTerm(filters, IndexFields.Legislature, legislature.ToString(System.Globalization.CultureInfo.InvariantCulture), slug: false);
        }

        if (request.From is not null || request.To is not null)
        {
            int? from = request.From is { } f ? IndexFields.DateValue(f) : null;
            int? to = request.To is { } t ? IndexFields.DateValue(t) : null;
            filters.Add(NumericRangeQuery.NewInt32Range(IndexFields.Published, from, to, true, true), Occur.MUST);
        }

        if (request.OnlyIds is { } ids)
        {
            filters.Add(new ConstantScoreQuery(new StoreIdFilter(ids)), Occur.MUST);
        }

        return filters;
    }

    private static void AddTerm(BooleanQuery filters, string field, string? value, bool slug = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        filters.Add(new TermQuery(new Term(field, slug ? Slugs.From(value) : value.Trim())), Occur.MUST);
    }
}
