using QuestionsEcrites.Search.Querying;
using QuestionsEcrites.Web.Caching;

namespace QuestionsEcrites.Web.Searching;

/// <summary>
/// The pages of results already served, per store version (Solr's queryResultCache): a list, a filter or a
/// popular search asked again costs a lookup instead of a search, a read of twenty rows and their snippets.
/// </summary>
/// <remarks>About 30 KB a page (twenty snippets and the facets): 15 MB at the default 512 pages.</remarks>
public sealed class SearchPageCache(int capacity = SearchPageCache.DefaultCapacity) : VersionedCache<QuestionSearchRequest, SearchPage>(capacity)
{
    public const int DefaultCapacity = 512;
}
