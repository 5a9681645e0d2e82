namespace QuestionsEcrites.Domain.Questions;

/// <summary>A minister's answer, published in the Journal officiel. Its text may be unknown when only its date is.</summary>
public sealed class Answer
{
    public int QuestionId { get; set; }

    public DateOnly? PublishedOn { get; set; }

    public int? JoPage { get; set; }

    public string? Text { get; set; }
}
