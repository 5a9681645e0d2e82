namespace QuestionsEcrites.Web.Pages.Questions;

/// <summary>The detail page's query: one question with everything it shows, projected in SQL.</summary>
public sealed class QuestionDetailsQuery(QuestionsDbContext db)
{
    public Task<QuestionDetails?> FindAsync(int legislature, int number, QuestionType type, CancellationToken ct) =>
        db.Questions.AsNoTracking()
            .Where(q => q.Legislature == legislature && q.Number == number && q.Type == type)
            .Select(q => new QuestionDetails
            {
                Key = new QuestionKey(q.Type, q.Legislature, q.Number),
                Title = q.Title,
                Text = q.Text,
                Indexation = new Indexation(q.Rubrique == null ? null : q.Rubrique.Name, q.TeteAnalyse, q.Analyses),
                RubriqueSlug = q.Rubrique == null ? null : q.Rubrique.Slug,
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
                Clock = new AnswerClock(q.PublishedOn, q.Answer == null ? null : q.Answer.PublishedOn, q.SignaledOn, q.Status),
                JoPage = q.JoPage,
                AttributionChangedOn = q.AttributionChangedOn,
                ClosedOn = q.ClosedOn,
                ClosureReason = q.ClosureReason,
                HasAnswer = q.Answer != null,
                AnswerJoPage = q.Answer == null ? null : q.Answer.JoPage,
                AnswerText = q.Answer == null ? null : q.Answer.Text,
                Events = q.Events.OrderBy(e => e.Date).Select(e => new QuestionEventItem(e.Kind, e.Date, e.Label)).ToList(),
            })
            .FirstOrDefaultAsync(ct);
}
