using QuestionsEcrites.Domain.Questions;

namespace QuestionsEcrites.Domain.Statistics;

/// <summary>
/// The accountability figures of a set of written questions (a ministry's, a deputy's, a group's, a rubrique's),
/// added up one <see cref="AnswerClock"/> at a time against one « today ». The definitions, in one place:
/// <list type="bullet">
/// <item>questions without a publication date are counted apart (<see cref="Undated"/>) and left out of the rest;</item>
/// <item><see cref="Answered"/>: with an answer; <see cref="AnsweredOnTime"/>: answered on or before the due date
/// (publication + 2 months);</item>
/// <item><see cref="DueOrAnswered"/>: questions whose on-time outcome is known today, answered or past their due
/// date; the on-time rate is <see cref="AnsweredOnTime"/> over it, so a question not yet due counts neither way;</item>
/// <item><see cref="Pending"/>: neither answered nor closed; <see cref="Overdue"/>: pending past its due date;</item>
/// <item><see cref="ClosedUnanswered"/>: closed (end of mandate, lapsed, withdrawn) without an answer;</item>
/// <item><see cref="Signaled"/>: signalées; <see cref="SignaledAnsweredInTime"/> of the <see cref="SignaledDecided"/>
/// whose ten days are over or that were answered;</item>
/// <item>the median delay is over answered questions with both dates.</item>
/// </list>
/// </summary>
public sealed class AccountabilityTally
{
    private readonly List<int> _delays = [];

    public int Questions { get; private set; }

    public int Undated { get; private set; }

    public int Answered { get; private set; }

    public int AnsweredOnTime { get; private set; }

    public int DueOrAnswered { get; private set; }

    public int Pending { get; private set; }

    public int Overdue { get; private set; }

    public int ClosedUnanswered { get; private set; }

    public int Signaled { get; private set; }

    public int SignaledDecided { get; private set; }

    public int SignaledAnsweredInTime { get; private set; }

    /// <summary>The earliest due date among the overdue questions, and which question it is.</summary>
    public (DateOnly Due, int QuestionId)? OldestOverdue { get; private set; }

    /// <summary>Days from publication to answer, one per answered question with both dates.</summary>
    public IReadOnlyList<int> Delays => _delays;

    public void Add(AnswerClock clock, DateOnly today, int questionId = 0)
    {
        if (clock.PublishedOn is null)
        {
            Undated++;
            return;
        }

        Questions++;
        var due = clock.Due!.Value;
        var answered = clock.Status == QuestionStatus.Answered;
        if (answered)
        {
            Answered++;
            if (clock.AnsweredOnTime == true)
            {
                AnsweredOnTime++;
            }

            if (clock.DelayDays is { } delay)
            {
                _delays.Add(delay);
            }
        }

        if (answered || today > due)
        {
            DueOrAnswered++;
        }

        if (clock.IsPending)
        {
            Pending++;
        }

        if (clock.IsOverdue(today))
        {
            Overdue++;
            KeepOlder((due, questionId));
        }

        if (clock.IsClosedUnanswered)
        {
            ClosedUnanswered++;
        }

        if (clock.SignaledOn is not null)
        {
            Signaled++;
            if (clock.SignaledAnsweredInTime(today) is { } inTime)
            {
                SignaledDecided++;
                if (inTime)
                {
                    SignaledAnsweredInTime++;
                }
            }
        }
    }

    /// <summary>Adds another tally's questions to this one (the parts of a pass run in parallel).</summary>
    public void Merge(AccountabilityTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Questions += other.Questions;
        Undated += other.Undated;
        Answered += other.Answered;
        AnsweredOnTime += other.AnsweredOnTime;
        DueOrAnswered += other.DueOrAnswered;
        Pending += other.Pending;
        Overdue += other.Overdue;
        ClosedUnanswered += other.ClosedUnanswered;
        Signaled += other.Signaled;
        SignaledDecided += other.SignaledDecided;
        SignaledAnsweredInTime += other.SignaledAnsweredInTime;
        _delays.AddRange(other._delays);
        if (other.OldestOverdue is { } theirs)
        {
            KeepOlder(theirs);
        }
    }

    /// <summary>The oldest overdue is the earliest due date; between equal dates, the lowest id (a stable choice).</summary>
    private void KeepOlder((DateOnly Due, int QuestionId) candidate)
    {
        if (OldestOverdue is not { } oldest || candidate.Due < oldest.Due || (candidate.Due == oldest.Due && candidate.QuestionId < oldest.QuestionId))
        {
            OldestOverdue = candidate;
        }
    }

    /// <summary>The figures as they stand (the median sorts the delays); <paramref name="keyOf"/> names the oldest overdue question.</summary>
    public AccountabilityFigures ToFigures(DateOnly today, Func<int, QuestionKey> keyOf)
    {
        ArgumentNullException.ThrowIfNull(keyOf);
        var oldest = OldestOverdue is { } o ? new OverdueQuestion(keyOf(o.QuestionId), o.Due, today.DayNumber - o.Due.DayNumber) : null;
        return new AccountabilityFigures(
            Questions, Undated, Answered, AnsweredOnTime, DueOrAnswered, Median.Of(_delays), Pending, Overdue, ClosedUnanswered,
            Signaled, SignaledDecided, SignaledAnsweredInTime, oldest);
    }
}
