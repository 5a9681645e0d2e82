using QuestionsEcrites.Domain.Statistics;

namespace QuestionsEcrites.UnitTests.Domain;

public sealed class MedianTests
{
    [Theory]
    [InlineData(new int[0], null)]
    [InlineData(new[] { 7 }, 7)]
    [InlineData(new[] { 10, 11 }, 11)]
    [InlineData(new[] { -3, -2 }, -3)]
    [InlineData(new[] { 68, 41, 60, 59, 60, 59 }, 60)]
    [InlineData(new[] { 5, 5, 5, 5 }, 5)]
    public void Of_KnownLists(int[] values, int? expected)
    {
        Median.Of([.. values]).Should().Be(expected);
    }

    [Fact]
    public void Of_RandomLists_SameAsTheSortedMiddle()
    {
        var random = new Random(12);
        for (var round = 0; round < 2_000; round++)
        {
            var values = Enumerable.Range(0, random.Next(1, 300)).Select(_ => random.Next(0, round % 3 == 0 ? 5 : 2_000)).ToList();
            var sorted = values.Order().ToList();
            var m = sorted.Count / 2;
            int expected = sorted.Count % 2 == 1 ? sorted[m] : (int)Math.Round((sorted[m - 1] + sorted[m]) / 2.0, MidpointRounding.AwayFromZero);

            Median.Of(values).Should().Be(expected);
        }
    }
}
