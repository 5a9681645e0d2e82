using QuestionsEcrites.Domain.Questions;

namespace QuestionsEcrites.Domain.Statistics;

/// <summary>The figures of <see cref="AccountabilityTally"/>, fixed: what pages and the API show.</summary>
public sealed record AccountabilityFigures(
    int Questions,
    int Undated,
    int Answered,
    int AnsweredOnTime,
    int DueOrAnswered,
    int? MedianDays,
    int Pending,
    int Overdue,
    int ClosedUnanswered,
    int Signaled,
    int SignaledDecided,
    int SignaledAnsweredInTime,
    OverdueQuestion? OldestOverdue)
{
    public double? AnsweredRate => Questions == 0 ? null : (double)Answered / Questions;

    /// <summary>Answered on time over the questions whose outcome is known (answered, or past their due date).</summary>
    public double? OnTimeRate => DueOrAnswered == 0 ? null : (double)AnsweredOnTime / DueOrAnswered;

    public double? SignaledInTimeRate => SignaledDecided == 0 ? null : (double)SignaledAnsweredInTime / SignaledDecided;
}

/// <summary>An overdue question: which, its due date and how many days past it today.</summary>
public sealed record OverdueQuestion(QuestionKey Key, DateOnly Due, int DaysOverdue);
