namespace QuestionsEcrites.Web.Pages;

/// <summary>The home page's lists, latest questions and latest answers: projected, untracked, limited in SQL.</summary>
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

    public Task<List<QuestionListItem>> GetLatestAnswersAsync(int count, CancellationToken ct) =>
        Project(db.Questions.AsNoTracking()
                .Where(q => q.Type == QuestionType.QE && q.Answer != null && q.Answer.PublishedOn != null)
                .OrderByDescending(q => q.Answer!.PublishedOn)
                .ThenByDescending(q => q.Legislature)
                .ThenByDescending(q => q.Number)
                .Take(count))
            .ToListAsync(ct);

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
