using QuestionsEcrites.Domain.Questions;
using QuestionsEcrites.Domain.Statistics;

namespace QuestionsEcrites.UnitTests.Domain;

/// <summary>The figures' definitions, one case at a time (today: 23 November 2026).</summary>
public sealed class AccountabilityTallyTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static AccountabilityFigures Tally(params AnswerClock[] clocks)
    {
        var tally = new AccountabilityTally();
        for (var i = 0; i < clocks.Length; i++)
        {
            tally.Add(clocks[i], Today, i + 1);
        }

        return tally.ToFigures(Today, id => new QuestionKey(QuestionType.QE, 17, id));
    }

    private static AnswerClock Answered(string published, string answered, string? signaled = null) =>
        new(DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(answered, System.Globalization.CultureInfo.InvariantCulture), Date(signaled), QuestionStatus.Answered);

    private static AnswerClock Pending(string published, string? signaled = null) =>
        new(DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), null, Date(signaled), QuestionStatus.Pending);

    private static DateOnly? Date(string? text) => text is null ? null : DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void AnsweredOnTheDueDate_OnTimeAndKnown()
    {
        var f = Tally(Answered("2026-01-31", "2026-03-31"));

        (f.Questions, f.Answered, f.AnsweredOnTime, f.DueOrAnswered, f.MedianDays).Should().Be((1, 1, 1, 1, 59));
        f.OnTimeRate.Should().Be(1);
    }

    [Fact]
    public void AnsweredBeforeItsDueDate_KnownAlready()
    {
        var f = Tally(Answered("2026-11-01", "2026-11-10"));

        f.DueOrAnswered.Should().Be(1, "an early answer settles the outcome before the due date");
        f.OnTimeRate.Should().Be(1);
    }

    [Fact]
    public void PendingNotYetDue_CountsNeitherWay()
    {
        var f = Tally(Pending("2026-10-01"));

        (f.Pending, f.Overdue, f.DueOrAnswered).Should().Be((1, 0, 0));
        f.OnTimeRate.Should().BeNull();
        f.OldestOverdue.Should().BeNull();
    }

    [Fact]
    public void PendingDueToday_NotOverdueUntilTomorrow()
    {
        var f = Tally(Pending("2026-09-23"), Pending("2026-09-22"));

        (f.Overdue, f.DueOrAnswered).Should().Be((1, 1));
        f.OldestOverdue.Should().Be(new OverdueQuestion(new QuestionKey(QuestionType.QE, 17, 2), new DateOnly(2026, 11, 22), 1));
    }

    [Fact]
    public void OldestOverdue_TheEarliestDueDate()
    {
        var f = Tally(Pending("2026-06-01"), Pending("2025-11-23"), Pending("2026-03-05"));

        f.OldestOverdue!.Key.Number.Should().Be(2);
        f.OldestOverdue.DaysOverdue.Should().Be(304);
    }

    [Fact]
    public void ClosedUnanswered_CountedAndNotPending()
    {
        var f = Tally(new AnswerClock(new DateOnly(2026, 2, 10), null, null, QuestionStatus.Closed));

        (f.ClosedUnanswered, f.Pending, f.Overdue, f.DueOrAnswered, f.AnsweredOnTime).Should().Be((1, 0, 0, 1, 0));
    }

    [Fact]
    public void WithoutPublicationDate_CountedApartOnly()
    {
        var f = Tally(new AnswerClock(null, new DateOnly(2026, 1, 1), new DateOnly(2025, 12, 1), QuestionStatus.Answered));

        f.Undated.Should().Be(1);
        (f.Questions, f.Answered, f.Signaled, f.DueOrAnswered).Should().Be((0, 0, 0, 0));
        f.AnsweredRate.Should().BeNull();
    }

    [Fact]
    public void Signalees_KeptMissedAndNotYetKnown()
    {
        var f = Tally(
            Answered("2026-06-01", "2026-08-08", signaled: "2026-08-01"),
            Pending("2026-06-01", signaled: "2026-09-01"),
            Pending("2026-11-01", signaled: "2026-11-20"),
            Answered("2025-01-02", "2025-03-13", signaled: "2025-03-03"));

        (f.Signaled, f.SignaledDecided, f.SignaledAnsweredInTime).Should().Be((4, 3, 2));
        f.SignaledInTimeRate.Should().BeApproximately(2 / 3.0, 1e-9);
    }

    [Fact]
    public void Median_EvenCountRoundsTheMeanOfTheMiddleTwo()
    {
        var f = Tally(Answered("2026-01-01", "2026-01-11"), Answered("2026-01-01", "2026-01-12"));

        f.MedianDays.Should().Be(11, "(10 + 11) / 2 = 10.5, rounded away from zero");
    }

    [Fact]
    public void Merge_PartsAddUpToTheWhole()
    {
        var random = new Random(7);
        var clocks = Enumerable.Range(0, 5_000).Select(_ =>
        {
            var published = new DateOnly(2020, 1, 1).AddDays(random.Next(0, 2_500));
            DateOnly? answered = random.Next(3) == 0 ? null : published.AddDays(random.Next(0, 400));
            DateOnly? signaled = random.Next(10) == 0 ? published.AddDays(random.Next(30, 200)) : null;
            var status = answered is not null ? QuestionStatus.Answered : random.Next(2) == 0 ? QuestionStatus.Closed : QuestionStatus.Pending;
            return new AnswerClock(random.Next(50) == 0 ? null : published, answered, signaled, status);
        }).ToList();
        var whole = new AccountabilityTally();
        var parts = new[] { new AccountabilityTally(), new AccountabilityTally(), new AccountabilityTally() };
        for (var i = 0; i < clocks.Count; i++)
        {
            whole.Add(clocks[i], Today, i + 1);
            parts[i % 3].Add(clocks[i], Today, i + 1);
        }

        parts[0].Merge(parts[1]);
        parts[0].Merge(parts[2]);

        var key = (int id) => new QuestionKey(QuestionType.QE, 17, id);
        parts[0].ToFigures(Today, key).Should().Be(whole.ToFigures(Today, key));
    }
}
