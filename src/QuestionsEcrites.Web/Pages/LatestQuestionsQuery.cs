namespace QuestionsEcrites.Web.Pages;

/// <summary>
/// The home page's lists, latest questions and latest answers: projected, untracked, each read from the end of an
/// index (no sort of the whole table, whatever its size; see the benchmarks' SQL plans).
/// </summary>
public sealed class LatestQuestionsQuery(QuestionsDbContext db)
{
    public Task<List<QuestionListItem>> GetLatestQuestionsAsync(int count, CancellationToken ct) =>
        Project(db.Questions.AsNoTracking()
                .Where(q => q.Type == QuestionType.QE)
                .OrderByDescending(q => q.PublishedOn)
                .ThenByDescending(q => q.Legislature)
                .ThenByDescending(q => q.Number)
                .Take(count))
            .ToListAsync(ct);

    /// <summary>
    /// The latest answers of written questions, newest first (ties: legislature then number, highest first). A join
    /// ordered by the answer's date makes SQLite walk every question; instead the newest answers are read from
    /// their date index alone, widening until enough of them answer a written question, and every answer of the
    /// last date read is taken so that ties fall in the list's order.
    /// </summary>
    public async Task<List<QuestionListItem>> GetLatestAnswersAsync(int count, CancellationToken ct)
    {
        for (var take = count * 4; ; take *= 4)
        {
            var dates = await db.Answers.AsNoTracking().Where(a => a.PublishedOn != null)
                .OrderByDescending(a => a.PublishedOn).Take(take).Select(a => a.PublishedOn).ToListAsync(ct);
            if (dates.Count == 0)
            {
                return [];
            }

            var oldest = dates[^1];
            var ids = await db.Answers.AsNoTracking().Where(a => a.PublishedOn >= oldest).Select(a => a.QuestionId).ToListAsync(ct);
            // Read by id, then typed and ordered here: with the type in the statement, SQLite walked the type's
            // index over every written question (168 ms at a million) instead of looking the few ids up.
            var rows = await Project(db.Questions.AsNoTracking().Where(q => ids.Contains(q.Id))).ToListAsync(ct);
            var items = rows
                .Where(q => q.Type == QuestionType.QE)
                .OrderByDescending(q => q.AnsweredOn)
                .ThenByDescending(q => q.Legislature)
                .ThenByDescending(q => q.Number)
                .Take(count)
                .ToList();
            if (items.Count == count || dates.Count < take)
            {
                return items; // enough, or every answer read
            }
        }
    }

    private static IQueryable<QuestionListItem> Project(IQueryable<Question> questions) =>
        questions.Select(q => new QuestionListItem(
            q.Type,
            q.Legislature,
            q.Number,
            q.Title,
            q.Rubrique == null ? null : q.Rubrique.Name,
            q.Rubrique == null ? null : q.Rubrique.Slug,
            q.MinistryAssignedLabel,
            q.Author == null ? null : Author.DisplayNameOf(q.Author.Civility, q.Author.Name),
            q.Author == null ? null : q.Author.Slug,
            q.Group == null ? null : q.Group.Name,
            q.PublishedOn,
            q.Answer == null ? null : q.Answer.PublishedOn,
            q.Status,
            null));
}
