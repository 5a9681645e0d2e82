using System.Linq.Expressions;
using QuestionsEcrites.Domain.Questions;

namespace QuestionsEcrites.Search.Indexing;

/// <summary>
/// What the index needs of a stored question, as an expression the store can translate to one SQL projection.
/// Pure: it names Domain types only.
/// </summary>
public static class QuestionDocumentProjection
{
    public static Expression<Func<Question, QuestionDocument>> FromQuestion { get; } = q => new QuestionDocument
    {
        Id = q.Id,
        Key = new QuestionKey(q.Type, q.Legislature, q.Number),
        Title = q.Title,
        Text = q.Text,
        AnswerText = q.Answer == null ? null : q.Answer.Text,
        Rubrique = q.Rubrique == null ? null : q.Rubrique.Name,
        RubriqueSlug = q.Rubrique == null ? null : q.Rubrique.Slug,
        TeteAnalyse = q.TeteAnalyse,
        Analyses = q.Analyses,
        MinistryAsked = q.MinistryAsked == null ? q.MinistryAskedLabel : q.MinistryAsked.Name,
        MinistryAskedSlug = q.MinistryAsked == null ? null : q.MinistryAsked.Slug,
        MinistryAssigned = q.MinistryAssigned == null ? q.MinistryAssignedLabel : q.MinistryAssigned.Name,
        MinistryAssignedSlug = q.MinistryAssigned == null ? null : q.MinistryAssigned.Slug,
        AuthorName = q.Author == null ? null : q.Author.Name,
        AuthorSlug = q.Author == null ? null : q.Author.Slug,
        Group = q.Group == null ? null : q.Group.Name,
        GroupSlug = q.Group == null ? null : q.Group.Slug,
        Department = q.Author == null ? null : q.Author.Department,
        PublishedOn = q.PublishedOn,
        AttributionChangedOn = q.AttributionChangedOn,
        SignaledOn = q.SignaledOn,
        AnsweredOn = q.Answer == null ? null : q.Answer.PublishedOn,
        ClosedOn = q.ClosedOn,
        Status = q.Status,
        ChangeStamp = q.ChangeStamp,
    };
}
