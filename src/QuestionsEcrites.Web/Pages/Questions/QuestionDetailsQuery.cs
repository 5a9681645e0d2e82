using Microsoft.EntityFrameworkCore;
using QuestionsEcrites.Data;
using QuestionsEcrites.Domain.Questions;

namespace QuestionsEcrites.Web.Pages.Questions;

/// <summary>The detail page's query: one question with everything it shows, projected in SQL.</summary>
public sealed class QuestionDetailsQuery(QuestionsDbContext db)
{
    public Task<QuestionDetails?> FindAsync(int legislature, int number, QuestionType type, CancellationToken ct) =>
        db.Questions.AsNoTracking()
            .Where(q => q.Legislature == legislature && q.Number == number && q.Type == type)
            .Select(q => new QuestionDetails
            {
                Type = q.Type,
                Legislature = q.Legislature,
                Number = q.Number,
                Title = q.Title,
                Text = q.Text,
                Rubrique = q.Rubrique == null ? null : q.Rubrique.Name,
                RubriqueSlug = q.Rubrique == null ? null : q.Rubrique.Slug,
                TeteAnalyse = q.TeteAnalyse,
                Analyses = q.Analyses,
                MinistryAsked = q.MinistryAskedLabel,
                MinistryAskedSlug = q.MinistryAsked == null ? null : q.MinistryAsked.Slug,
                MinistryAssigned = q.MinistryAssignedLabel,
                MinistryAssignedSlug = q.MinistryAssigned == null ? null : q.MinistryAssigned.Slug,
                Author = q.Author == null ? null : Author.DisplayNameOf(q.Author.Civility, q.Author.Name),
                AuthorSlug = q.Author == null ? null : q.Author.Slug,
                AuthorAnId = q.Author == null ? null : q.Author.AnId,
                Department = q.Author == null ? null : q.Author.Department,
                Circonscription = q.Author == null ? null : q.Author.Circonscription,
                Group = q.Group == null ? null : q.Group.Name,
                GroupSlug = q.Group == null ? null : q.Group.Slug,
                PublishedOn = q.PublishedOn,
                JoPage = q.JoPage,
                SignaledOn = q.SignaledOn,
                AttributionChangedOn = q.AttributionChangedOn,
                ClosedOn = q.ClosedOn,
                ClosureReason = q.ClosureReason,
                HasAnswer = q.Answer != null,
                AnsweredOn = q.Answer == null ? null : q.Answer.PublishedOn,
                AnswerJoPage = q.Answer == null ? null : q.Answer.JoPage,
                AnswerText = q.Answer == null ? null : q.Answer.Text,
                Status = q.Status,
                Events = q.Events.OrderBy(e => e.Date).Select(e => new QuestionEventItem(e.Kind, e.Date, e.Label)).ToList(),
            })
            .FirstOrDefaultAsync(ct);
}
