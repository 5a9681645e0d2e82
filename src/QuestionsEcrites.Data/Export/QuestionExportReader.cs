namespace QuestionsEcrites.Data.Export;

/// <summary>Reads questions from the store in the export schema, in the stable (legislature, number, type) order.</summary>
public sealed class QuestionExportReader(QuestionsDbContext db)
{
    public IAsyncEnumerable<QuestionExport> ReadAllAsync(CancellationToken ct) =>
        Project(db.Questions.AsNoTracking()
                .OrderBy(q => q.Legislature)
                .ThenBy(q => q.Number)
                .ThenBy(q => q.Type))
            .AsAsyncEnumerable();

    /// <summary>
    /// The questions of <paramref name="ids"/>, in that order, read a chunk at a time: a download of a million
    /// questions holds one chunk's texts in memory, never the list's.
    /// </summary>
    public async IAsyncEnumerable<QuestionExport> ReadInOrderAsync(IReadOnlyList<int> ids, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ids);
        const int chunk = 500;
        for (var start = 0; start < ids.Count; start += chunk)
        {
            var part = ids.Skip(start).Take(chunk).ToList();
            var chunkQuestions = db.Questions.AsNoTracking().Where(q => part.Contains(q.Id));
            var keys = await chunkQuestions.Select(q => new { q.Id, q.Legislature, q.Number, Type = q.Type.ToString() })
                .ToDictionaryAsync(q => q.Id, q => (q.Legislature, q.Number, q.Type), ct);
            var rows = await Project(chunkQuestions).ToDictionaryAsync(r => (r.Legislature, r.Number, r.Type), ct);
            foreach (var id in part)
            {
                if (keys.TryGetValue(id, out var key) && rows.TryGetValue(key, out var export))
                {
                    yield return export; // an id whose row is gone since the index last followed is skipped
                }
            }
        }
    }

    public Task<QuestionExport?> FindAsync(int legislature, int number, QuestionType type, CancellationToken ct) =>
        Project(db.Questions.AsNoTracking()
                .Where(q => q.Legislature == legislature && q.Number == number && q.Type == type))
            .FirstOrDefaultAsync(ct);

    private static IQueryable<QuestionExport> Project(IQueryable<Question> questions) =>
        questions.Select(q => new QuestionExport(
            q.Legislature,
            q.Number,
            q.Type.ToString(),
            q.Title,
            q.Rubrique == null ? null : q.Rubrique.Name,
            q.MinistryAskedLabel,
            q.MinistryAssignedLabel,
            q.Author == null
                ? null
                : new AuthorExport(
                    q.Author.Civility,
                    q.Author.Name,
                    q.Author.Department,
                    q.Author.Circonscription,
                    q.Group == null ? null : q.Group.Name,
                    q.Author.AnId),
            q.PublishedOn,
            q.JoPage,
            q.Text,
            q.SignaledOn,
            q.AttributionChangedOn,
            q.ClosedOn,
            q.ClosureReason,
            q.Answer == null ? null : new AnswerExport(q.Answer.PublishedOn, q.Answer.JoPage, q.Answer.Text),
            q.Status.ToCode(),
            q.Source));
}
