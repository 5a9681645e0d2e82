using QuestionsEcrites.Search.Querying;

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
/// The ten questions most like one (<see cref="QuestionSearcher.Similar"/> on its title and text), answered ones
/// first among equal scores, with what a list shows of them, read from the store.
/// </summary>
public sealed class SimilarQuestionsService(QuestionSearcher searcher, QuestionsDbContext db)
{
    public const int Shown = 10;

    /// <summary>Null when the question is unknown; the index must be searchable (else the searcher throws).</summary>
    public async Task<IReadOnlyList<SimilarQuestion>?> FindAsync(QuestionKey key, CancellationToken ct)
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
        var rows = await db.Questions.AsNoTracking()
            .Where(q => ids.Contains(q.Id))
            .Select(q => new
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
            })
            .ToDictionaryAsync(r => r.Id, ct);

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
