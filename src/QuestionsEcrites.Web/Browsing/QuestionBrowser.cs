using Microsoft.EntityFrameworkCore;
using QuestionsEcrites.Data;

namespace QuestionsEcrites.Web.Browsing;

/// <summary>Read-only queries behind the browsing pages: projected, untracked, paginated in SQL.</summary>
public sealed class QuestionBrowser(QuestionsDbContext db)
{
    public async Task<KeyFigures> GetKeyFiguresAsync(CancellationToken ct)
    {
        var total = await db.Questions.CountAsync(ct);
        var answered = await db.Answers.CountAsync(ct);
        return new KeyFigures(total, answered);
    }

    public Task<List<QuestionSummary>> GetLatestAsync(int count, CancellationToken ct) =>
        db.Questions.AsNoTracking()
            .OrderByDescending(q => q.PublishedOn)
            .ThenByDescending(q => q.Legislature)
            .ThenByDescending(q => q.Number)
            .Take(count)
            .Select(q => new QuestionSummary(
                q.Type,
                q.Legislature,
                q.Number,
                q.Title,
                q.Rubrique == null ? null : q.Rubrique.Name,
                q.MinistryAssignedLabel,
                q.Author == null ? null : (q.Author.Civility == null ? q.Author.Name : q.Author.Civility + " " + q.Author.Name),
                q.Group == null ? null : q.Group.Name,
                q.PublishedOn,
                q.Answer == null ? null : q.Answer.PublishedOn,
                q.Status))
            .ToListAsync(ct);
}

public sealed record KeyFigures(int Questions, int Answered)
{
    public double AnsweredShare => Questions == 0 ? 0 : (double)Answered / Questions;
}
