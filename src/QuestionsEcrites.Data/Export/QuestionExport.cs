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
    string Source)
{
    /// <summary>The Assemblée's identifier in its open data and URLs (« QANR5L17QE1223 »): stable, for machines.</summary>
    [System.Text.Json.Serialization.JsonPropertyOrder(-1)]
    public string Uid => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"QANR5L{Legislature}{Type}{Number}");
}

/// <param name="Id">The deputy's identifier at the Assemblée (« PA793218 »), when the sources gave it.</param>
public sealed record AuthorExport(string? Civility, string Name, string? Department, int? Circonscription, string? Group, string? Id = null);

public sealed record AnswerExport(DateOnly? PublishedOn, int? JoPage, string? Text);
