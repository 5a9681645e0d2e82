using QuestionsEcrites.Search.Querying;

namespace QuestionsEcrites.Web.Searching;

/// <summary>
/// The pages of results already served, for as long as the store version they were computed on stands (Solr's
/// queryResultCache): a list, a filter or a popular search asked again costs a lookup instead of a search, a read
/// of twenty rows and their snippets. Bounded (least recently used pages go first), and emptied when the version
/// changes, so a page can never be staler than its ETag says.
/// </summary>
public sealed class SearchPageCache
{
    /// <summary>About 30 KB a page (twenty snippets and the facets): 15 MB at most.</summary>
    public const int Capacity = 512;

    private readonly Lock _gate = new();
    private readonly Dictionary<QuestionSearchRequest, LinkedListNode<(QuestionSearchRequest Key, SearchPage Page)>> _pages = [];
    private readonly LinkedList<(QuestionSearchRequest Key, SearchPage Page)> _recency = new();
    private string? _version;

    public SearchPage? Find(string version, QuestionSearchRequest request)
    {
        lock (_gate)
        {
            if (version != _version || !_pages.TryGetValue(request, out var node))
            {
                return null;
            }

            _recency.Remove(node);
            _recency.AddFirst(node);
            return node.Value.Page;
        }
    }

    public void Add(string version, QuestionSearchRequest request, SearchPage page)
    {
        lock (_gate)
        {
            if (version != _version)
            {
                _pages.Clear();
                _recency.Clear();
                _version = version;
            }

            if (_pages.TryGetValue(request, out var existing))
            {
                _recency.Remove(existing);
            }
            else if (_pages.Count >= Capacity)
            {
                _pages.Remove(_recency.Last!.Value.Key);
                _recency.RemoveLast();
            }

            _pages[request] = _recency.AddFirst((request, page));
        }
    }
}
