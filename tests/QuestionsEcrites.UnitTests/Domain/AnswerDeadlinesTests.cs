using QuestionsEcrites.Domain.Questions;
using QuestionsEcrites.Domain.Statistics;

namespace QuestionsEcrites.UnitTests.Domain;

public sealed class AnswerDeadlinesTests
{
    [Theory]
    [InlineData("2024-10-22", "2024-12-22")]
    [InlineData("2024-12-31", "2025-02-28")]
    [InlineData("2023-12-31", "2024-02-29")]
    [InlineData("2024-08-31", "2024-10-31")]
    public void Due_TwoCalendarMonths_MonthEndsClamped(string published, string due)
    {
        AnswerDeadlines.Due(DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture))
            .Should().Be(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void AnsweredOnTime_OnTheDueDateYes_TheDayAfterNo()
    {
        var published = new DateOnly(2024, 12, 31);

        AnswerDeadlines.AnsweredOnTime(published, new DateOnly(2025, 2, 28)).Should().BeTrue();
        AnswerDeadlines.AnsweredOnTime(published, new DateOnly(2025, 3, 1)).Should().BeFalse();
        AnswerDeadlines.DelayDays(published, new DateOnly(2025, 3, 1)).Should().Be(60);
    }

    [Fact]
    public void SignaledDue_TenDays()
    {
        AnswerDeadlines.SignaledDue(new DateOnly(2024, 11, 25)).Should().Be(new DateOnly(2024, 12, 5));
    }

    [Theory]
    [InlineData(new int[0], null)]
    [InlineData(new[] { 7 }, 7)]
    [InlineData(new[] { 30, 10, 20 }, 20)]
    [InlineData(new[] { 10, 21 }, 16)]
    [InlineData(new[] { 40, 10, 20, 30 }, 25)]
    public void Median_OddEvenEmpty(int[] values, int? expected)
    {
        Median.Of([.. values]).Should().Be(expected);
    }

    [Theory]
    [InlineData("QE", true, QuestionType.QE)]
    [InlineData(" qg ", true, QuestionType.QG)]
    [InlineData("QOSD", true, QuestionType.QOSD)]
    [InlineData("1", false, QuestionType.QE)]
    [InlineData("-1", false, QuestionType.QE)]
    [InlineData("XX", false, QuestionType.QE)]
    [InlineData("", false, QuestionType.QE)]
    public void QuestionTypeCodes_TryParse_CodesOnly(string code, bool ok, QuestionType expected)
    {
        QuestionTypeCodes.TryParse(code, out var type).Should().Be(ok);
        if (ok)
        {
            type.Should().Be(expected);
        }
    }
}
