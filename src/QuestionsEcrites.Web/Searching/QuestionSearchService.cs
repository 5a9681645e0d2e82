using Microsoft.Extensions.Caching.Memory;
using QuestionsEcrites.Search.Highlighting;
using QuestionsEcrites.Search.Querying;

namespace QuestionsEcrites.Web.Searching;

/// <summary>
/// Searches the index, then loads the page's rows from SQLite by id (the index stores only keys) and builds each
/// hit's snippet from the question and answer texts.
/// </summary>
public sealed class QuestionSearchService(
    QuestionSearcher searcher,
    SnippetBuilder snippets,
    QuestionsDbContext db,
    QuestionsEcrites.Data.Duplicates.IdenticalClustersQuery identical,
    IMemoryCache cache,
    SearchPageCache pages,
    Caching.StoreVersion version)
{
    /// <summary>The search; with <paramref name="onlyIdenticalTexts"/>, among the questions whose text is repeated only.</summary>
    public async Task<SearchPage> SearchAsync(QuestionSearchRequest request, bool onlyIdenticalTexts, CancellationToken ct) =>
        await SearchAsync(await RestrictAsync(request, onlyIdenticalTexts, ct), ct);

    /// <summary>The store ids of the whole list, in its order (a download): no depth limit, no spelling correction.</summary>
    public async Task<IReadOnlyList<int>> MatchingIdsAsync(QuestionSearchRequest request, bool onlyIdenticalTexts, CancellationToken ct)
    {
        var restricted = await RestrictAsync(request, onlyIdenticalTexts, ct);
        ct.ThrowIfCancellationRequested();
        return searcher.MatchingIds(restricted);
    }

    private async Task<QuestionSearchRequest> RestrictAsync(QuestionSearchRequest request, bool onlyIdenticalTexts, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!onlyIdenticalTexts)
        {
            return request;
        }

        var stamp = await identical.StampAsync(ct);
        var ids = (await cache.GetOrCreateAsync(("identical-ids", stamp), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(30);
            return await identical.LinkedIdsAsync(ct);
        }))!;
        return request with { OnlyIds = new StoreIdSet("identiques", stamp, ids) };
    }

    private static readonly IReadOnlySet<int> NoIds = new HashSet<int>();

    /// <summary>The page of results, from <see cref="SearchPageCache"/> when the same request was served on this store version.</summary>
    public async Task<SearchPage> SearchAsync(QuestionSearchRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var key = request.OnlyIds is { } only ? request with { OnlyIds = only with { Ids = NoIds } } : request; // the set is named by its stamp
        return await pages.GetOrComputeAsync(version.Current, key, () => ComputeAsync(request, ct));
    }

    private async Task<SearchPage> ComputeAsync(QuestionSearchRequest request, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested(); // Lucene.Net takes no token: stop before searching
        var result = searcher.Search(request);
        var ids = result.Hits.Select(h => h.Id).ToList();
        var rows = await db.Questions.AsNoTracking().ByIdAsync(
            ids,
            q => new
            {
                q.Id,
                q.Type,
                q.Legislature,
                q.Number,
                q.Title,
                Rubrique = q.Rubrique == null ? null : q.Rubrique.Name,
                RubriqueSlug = q.Rubrique == null ? null : q.Rubrique.Slug,
                q.MinistryAssignedLabel,
                Author = q.Author == null ? null : Author.DisplayNameOf(q.Author.Civility, q.Author.Name),
                AuthorSlug = q.Author == null ? null : q.Author.Slug,
                AuthorId = q.Author == null ? null : q.Author.AnId,
                Group = q.Group == null ? null : q.Group.Name,
                q.PublishedOn,
                AnsweredOn = q.Answer == null ? null : q.Answer.PublishedOn,
                q.Status,
                q.Text,
                AnswerText = q.Answer == null ? null : q.Answer.Text,
            },
            r => r.Id,
            ct);

        var items = new List<QuestionListItem>(ids.Count);
        foreach (var id in ids)
        {
            // A hit whose row is gone (deleted since the last index commit) is skipped, not an error.
            if (!rows.TryGetValue(id, out var r))
            {
                continue;
            }

            var snippet = snippets.Build(result.Highlight, [r.Text, r.AnswerText]) ?? SnippetBuilder.Opening(r.Text);
            items.Add(new QuestionListItem(
                r.Type, r.Legislature, r.Number, r.Title, r.Rubrique, r.RubriqueSlug, r.MinistryAssignedLabel, r.Author, r.AuthorSlug,
                r.Group, r.PublishedOn, r.AnsweredOn, r.Status, snippet, r.AuthorId));
        }

        return new SearchPage(request, result.Total, items, result.Facets, result.Highlight) { CorrectedQuery = result.CorrectedQuery };
    }
}
