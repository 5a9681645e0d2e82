using QuestionsEcrites.Data.Export;
using QuestionsEcrites.Domain.Questions;
using QuestionsEcrites.Import.Parsing;

namespace QuestionsEcrites.Testing;

/// <summary>A parse result as the export would show it, to compare with values written by reading a document.</summary>
public static class ParsedExport
{
    public static QuestionExport ToExport(ParsedQuestion q, string source)
    {
        ArgumentNullException.ThrowIfNull(q);
        return new QuestionExport(
            q.Key.Legislature,
            q.Key.Number,
            q.Key.Type.ToString(),
            q.Title,
            q.Indexation.Rubrique,
            q.MinistryAsked,
            q.MinistryAssigned,
            q.Author is null ? null : new AuthorExport(q.Author.Civility, q.Author.Name, q.Author.Department, q.Author.Circonscription, q.Author.Group),
            q.PublishedOn,
            q.JoPage,
            q.Text,
            q.SignaledOn,
            q.AttributionChangedOn,
            q.ClosedOn,
            q.ClosureReason,
            q.Answer is null ? null : new AnswerExport(q.Answer.PublishedOn, q.Answer.JoPage, q.Answer.Text),
            Question.DeriveStatus(q.Answer is not null, q.ClosedOn is not null || q.ClosureReason is not null).ToCode(),
            source);
    }

    public static QuestionExport LoadExpected(string fileName) =>
        System.Text.Json.JsonSerializer.Deserialize<QuestionExport>(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Corpus", fileName)), ExportJson.Options)!;
}
