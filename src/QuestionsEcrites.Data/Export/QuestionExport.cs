namespace QuestionsEcrites.Data.Export;

/// <summary>
/// One question in the export schema (DESIGN.md §5); also the start of the body of <c>GET /api/questions/{leg}/{n}</c>,
/// which adds the clock's readings (hence not sealed).
/// </summary>
public record QuestionExport(
    int Legislature,
    int Number,
    string Type,
    string Title,
    string? Rubrique,
    string? MinistryAsked,
    string? MinistryAssigned,
    AuthorExport? Author,
    DateOnly? PublishedOn,
    int? JoPage,
    string Text,
    DateOnly? SignaledOn,
    DateOnly? AttributionChangedOn,
    DateOnly? ClosedOn,
    string? ClosureReason,
    AnswerExport? Answer,
    string Status,
    string Source);

public sealed record AuthorExport(string? Civility, string Name, string? Department, int? Circonscription, string? Group);

public sealed record AnswerExport(DateOnly? PublishedOn, int? JoPage, string? Text);
