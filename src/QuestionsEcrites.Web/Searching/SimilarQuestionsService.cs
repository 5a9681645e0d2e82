using QuestionsEcrites.Search.Querying;
using QuestionsEcrites.Web.Caching;

namespace QuestionsEcrites.Web.Searching;

/// <summary>A question like another: what the « Questions proches » list and its API show.</summary>
public sealed record SimilarQuestion(
    QuestionType Type,
    int Legislature,
    int Number,
    string Title,
    QuestionStatus Status,
    DateOnly? PublishedOn,
    string? Author,
    string? MinistryAssigned,
    float Score);

/// <summary>
/// The lists of similar questions already computed, per store version: a question page is read again and again
/// (a link shared, a search result opened by many), and its « Questions proches » is most of its cost at a
/// million questions (one tf-idf query over the whole index).
/// </summary>
/// <remarks>About 3 KB a list of ten: 12 MB at the default 4,096 lists.</remarks>
public sealed class SimilarQuestionsCache(int capacity = SimilarQuestionsCache.DefaultCapacity) : VersionedCache<QuestionKey, IReadOnlyList<SimilarQuestion>>(capacity)
{
    public const int DefaultCapacity = 4_096;
}

/// <summary>
/// The ten questions most like one (<see cref="QuestionSearcher.Similar"/> on its title and text), answered ones
/// first among equal scores, with what a list shows of them, read from the store; kept per store version
/// (<see cref="SimilarQuestionsCache"/>).
/// </summary>
public sealed class SimilarQuestionsService(QuestionSearcher searcher, QuestionsDbContext db, SimilarQuestionsCache cache, StoreVersion version)
{
    public const int Shown = 10;

    /// <summary>Null when the question is unknown; the index must be searchable (else the searcher throws).</summary>
    public async Task<IReadOnlyList<SimilarQuestion>?> FindAsync(QuestionKey key, CancellationToken ct)
    {
        // Read before computing, so that a list computed while an import lands is filed under the older version.
        var current = version.Current;
        if (current is not null && cache.Find(current, key) is { } cached)
        {
            return cached;
        }

        var found = await ComputeAsync(key, ct);
        if (found is not null && current is not null)
        {
            cache.Add(current, key, found);
        }

        return found;
    }

    private async Task<IReadOnlyList<SimilarQuestion>?> ComputeAsync(QuestionKey key, CancellationToken ct)
    {
        var question = await db.Questions.AsNoTracking()
            .Where(q => q.Type == key.Type && q.Legislature == key.Legislature && q.Number == key.Number)
            .Select(q => new { q.Title, q.Text })
            .FirstOrDefaultAsync(ct);
        if (question is null)
        {
            return null;
        }

        // A few more than shown, so that reordering ties and skipping rows deleted since the index commit still fill ten.
        var hits = searcher.Similar(key, question.Title, question.Text, Shown * 2);
        var ids = hits.Select(h => h.Id).ToList();
        var rows = await db.Questions.AsNoTracking().ByIdAsync(
            ids,
            q => new
            {
                q.Id,
                q.Type,
                q.Legislature,
                q.Number,
                q.Title,
                q.Status,
                q.PublishedOn,
                Author = q.Author == null ? null : Author.DisplayNameOf(q.Author.Civility, q.Author.Name),
                q.MinistryAssignedLabel,
            },
            r => r.Id,
            ct);

        return hits
            .Where(h => rows.ContainsKey(h.Id))
            .Select(h => (Hit: h, Row: rows[h.Id]))
            .OrderByDescending(x => x.Hit.Score)
            .ThenBy(x => x.Row.Status == QuestionStatus.Answered ? 0 : 1)
            .Take(Shown)
            .Select(x => new SimilarQuestion(x.Row.Type, x.Row.Legislature, x.Row.Number, x.Row.Title, x.Row.Status, x.Row.PublishedOn, x.Row.Author, x.Row.MinistryAssignedLabel, x.Hit.Score))
            .ToList();
    }
}
