namespace QuestionsEcrites.Domain.Questions;

/// <summary>
/// Where one question stands against the Règlement's clock (<see cref="AnswerDeadlines"/>): what it needs of a
/// question, and every reading of it that pages, lists and statistics make. A question without a publication date
/// has no clock: every reading is then null or false.
/// </summary>
public readonly record struct AnswerClock
{
    public AnswerClock(DateOnly? publishedOn, DateOnly? answeredOn, DateOnly? signaledOn, QuestionStatus status)
    {
        PublishedOn = publishedOn;
        AnsweredOn = answeredOn;
        SignaledOn = signaledOn;
        Status = status;

        // Computed once: every reading below starts from it, and the statistics read millions of clocks.
        Due = publishedOn is { } asked ? AnswerDeadlines.Due(asked) : null;
    }

    public DateOnly? PublishedOn { get; }

    public DateOnly? AnsweredOn { get; }

    public DateOnly? SignaledOn { get; }

    public QuestionStatus Status { get; }

    public bool IsPending => Status == QuestionStatus.Pending;

    /// <summary>Closed (« Fin de mandat », « Retirée »…) without an answer.</summary>
    public bool IsClosedUnanswered => Status == QuestionStatus.Closed && AnsweredOn is null;

    /// <summary>Two calendar months after publication.</summary>
    public DateOnly? Due { get; }

    /// <summary>Ten days after the signalement, for a « signalée » question.</summary>
    public DateOnly? SignaledDue => SignaledOn is { } signaled ? AnswerDeadlines.SignaledDue(signaled) : null;

    /// <summary>Days from publication to answer.</summary>
    public int? DelayDays => PublishedOn is { } asked && AnsweredOn is { } answered ? AnswerDeadlines.DelayDays(asked, answered) : null;

    public bool? AnsweredOnTime => Due is { } due && AnsweredOn is { } answered ? answered <= due : null;

    /// <summary>Days the answer came after its due date (0 when on time).</summary>
    public int? DaysAnsweredLate => Due is { } due && AnsweredOn is { } answered ? Math.Max(0, answered.DayNumber - due.DayNumber) : null;

    /// <summary>Days a pending question has waited since its publication.</summary>
    public int? DaysWaiting(DateOnly today) =>
        IsPending && PublishedOn is { } asked ? Math.Max(0, AnswerDeadlines.DelayDays(asked, today)) : null;

    /// <summary>Pending, and today after the due date.</summary>
    public bool IsOverdue(DateOnly today) => IsPending && Due is { } due && today > due;

    /// <summary>Days past the due date of an overdue question; null when it is not overdue.</summary>
    public int? DaysOverdue(DateOnly today) => IsOverdue(today) ? today.DayNumber - Due!.Value.DayNumber : null;

    /// <summary>Overdue now, or answered after the due date.</summary>
    public bool IsLate(DateOnly today) => IsOverdue(today) || AnsweredOnTime == false;

    /// <summary>
    /// For a signalée: answered within its ten days (true), not (false: answered later, or still pending or closed
    /// past them), or not yet known (null: pending within them). Null for a question that was not signalée.
    /// </summary>
    public bool? SignaledAnsweredInTime(DateOnly today) => SignaledDue switch
    {
        null => null,
        { } due when AnsweredOn is { } answered => answered <= due,
        { } due => today > due || Status == QuestionStatus.Closed ? false : null,
    };
}
