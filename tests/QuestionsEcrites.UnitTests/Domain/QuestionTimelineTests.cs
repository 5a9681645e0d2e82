using QuestionsEcrites.Domain.Questions;

namespace QuestionsEcrites.UnitTests.Domain;

public sealed class QuestionTimelineTests
{
    private static readonly DateOnly Published = new(2024, 10, 22);

    [Fact]
    public void Steps_OldestFirst_SameDayInLifeOrder_UnknownDatesLeftOut()
    {
        var steps = QuestionTimeline.Steps(Published, attributionChanged: null, signaled: new(2024, 12, 3), answered: new(2024, 12, 3), closed: null);

        steps.Should().Equal(
            new TimelineStep(TimelineStepKind.Published, Published),
            new TimelineStep(TimelineStepKind.Signaled, new(2024, 12, 3)),
            new TimelineStep(TimelineStepKind.Answered, new(2024, 12, 3)));
    }

    [Fact]
    public void Latest_TheNewestStep_OrNullWithoutDates()
    {
        QuestionTimeline.Latest(Published, new(2024, 11, 5), null, null, new(2025, 6, 1))!.Value.Kind.Should().Be(TimelineStepKind.Closed);
        QuestionTimeline.Latest(null, null, null, null, null).Should().BeNull();
    }

    [Fact]
    public void ParisMidnight_CarriesTheDaysOffset()
    {
        ParisCalendar.StartOf(new DateOnly(2024, 12, 3)).Offset.Should().Be(TimeSpan.FromHours(1), "winter time");
        ParisCalendar.StartOf(new DateOnly(2024, 7, 3)).Offset.Should().Be(TimeSpan.FromHours(2), "summer time");
    }
}
