using QuestionsEcrites.Domain.Questions;

namespace QuestionsEcrites.UnitTests.Domain;

public sealed class AnswerClockTests
{
    private static readonly DateOnly Published = new(2024, 10, 22);

    private static readonly DateOnly Due = new(2024, 12, 22);

    [Fact]
    public void Answered_OnTheDueDate_IsOnTime()
    {
        var clock = new AnswerClock(Published, Due, null, QuestionStatus.Answered);

        clock.Due.Should().Be(Due);
        clock.DelayDays.Should().Be(61);
        clock.AnsweredOnTime.Should().BeTrue();
        clock.DaysAnsweredLate.Should().Be(0);
        clock.IsLate(new DateOnly(2026, 1, 1)).Should().BeFalse();
        clock.IsOverdue(new DateOnly(2026, 1, 1)).Should().BeFalse("an answered question is never overdue");
        clock.DaysWaiting(new DateOnly(2026, 1, 1)).Should().BeNull();
    }

    [Fact]
    public void Answered_TenDaysAfterTheDueDate_IsLateByTen()
    {
        var clock = new AnswerClock(Published, Due.AddDays(10), null, QuestionStatus.Answered);

        clock.AnsweredOnTime.Should().BeFalse();
        clock.DaysAnsweredLate.Should().Be(10);
        clock.IsLate(new DateOnly(2026, 1, 1)).Should().BeTrue();
    }

    [Fact]
    public void Pending_IsOverdueFromTheDayAfterTheDueDate()
    {
        var clock = new AnswerClock(Published, null, null, QuestionStatus.Pending);

        clock.IsOverdue(Due).Should().BeFalse("due that day");
        clock.DaysOverdue(Due).Should().BeNull();
        clock.IsOverdue(Due.AddDays(1)).Should().BeTrue();
        clock.DaysOverdue(Due.AddDays(30)).Should().Be(30);
        clock.DaysWaiting(Due.AddDays(30)).Should().Be(91);
        clock.IsLate(Due.AddDays(1)).Should().BeTrue();
    }

    [Fact]
    public void ClosedWithoutAnswer_IsNeitherOverdueNorLate()
    {
        var clock = new AnswerClock(Published, null, null, QuestionStatus.Closed);

        clock.IsClosedUnanswered.Should().BeTrue();
        clock.IsOverdue(new DateOnly(2026, 1, 1)).Should().BeFalse();
        clock.IsLate(new DateOnly(2026, 1, 1)).Should().BeFalse();
        clock.DaysWaiting(new DateOnly(2026, 1, 1)).Should().BeNull();
    }

    [Fact]
    public void WithoutPublicationDate_HasNoClock()
    {
        var clock = new AnswerClock(null, new DateOnly(2025, 1, 1), null, QuestionStatus.Answered);

        clock.Due.Should().BeNull();
        clock.DelayDays.Should().BeNull();
        clock.AnsweredOnTime.Should().BeNull();
        clock.IsLate(new DateOnly(2026, 1, 1)).Should().BeFalse();
        new AnswerClock(null, null, null, QuestionStatus.Pending).IsOverdue(new DateOnly(2026, 1, 1)).Should().BeFalse();
    }

    [Theory]
    [InlineData("2024-12-05", "2026-01-01", true)] // answered on the tenth day
    [InlineData("2024-12-06", "2026-01-01", false)] // answered on the eleventh day
    [InlineData(null, "2024-12-04", null)] // pending, ten days not yet over
    [InlineData(null, "2024-12-06", false)] // pending past the ten days
    public void Signaled_TenDaysFromTheSignalement(string? answered, string today, bool? inTime)
    {
        static DateOnly Day(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
        var answeredOn = answered is null ? (DateOnly?)null : Day(answered);
        var clock = new AnswerClock(Published, answeredOn, new DateOnly(2024, 11, 25), answeredOn is null ? QuestionStatus.Pending : QuestionStatus.Answered);

        clock.SignaledDue.Should().Be(new DateOnly(2024, 12, 5));
        clock.SignaledAnsweredInTime(Day(today)).Should().Be(inTime);
    }

    [Fact]
    public void NotSignaled_HasNoSignalementClock()
    {
        var clock = new AnswerClock(Published, null, null, QuestionStatus.Pending);

        clock.SignaledDue.Should().BeNull();
        clock.SignaledAnsweredInTime(new DateOnly(2026, 1, 1)).Should().BeNull();
    }
}
