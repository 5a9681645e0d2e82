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
                    q.Group == null ? null : q.Group.Name),
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
