namespace QuestionsEcrites.Domain.Questions;

/// <summary>One dated step of a question's life (attribution history, renewals, errata, signalement).</summary>
public sealed class QuestionEvent
{
    public int Id { get; set; }

    public int QuestionId { get; set; }

    public required QuestionEventKind Kind { get; set; }

    public DateOnly? Date { get; set; }

    /// <summary>What the step concerns, e.g. the ministry newly assigned.</summary>
    public string? Label { get; set; }
}
