namespace QuestionsEcrites.Domain.Questions;

/// <summary>
/// The clock of the Règlement de l'Assemblée nationale (art. 135): a minister answers a written question within
/// two months of its publication in the Journal officiel, and a « signalée » one within ten days of the
/// signalement. Calendar months: a question of 31 December is due on the last day of February.
/// </summary>
public static class AnswerDeadlines
{
    public const int MonthsToAnswer = 2;

    public const int DaysToAnswerSignaled = 10;

    public static DateOnly Due(DateOnly publishedOn) => publishedOn.AddMonths(MonthsToAnswer);

    public static DateOnly SignaledDue(DateOnly signaledOn) => signaledOn.AddDays(DaysToAnswerSignaled);

    /// <summary>Days from publication to answer.</summary>
    public static int DelayDays(DateOnly publishedOn, DateOnly answeredOn) => answeredOn.DayNumber - publishedOn.DayNumber;

    public static bool AnsweredOnTime(DateOnly publishedOn, DateOnly answeredOn) => answeredOn <= Due(publishedOn);
}
