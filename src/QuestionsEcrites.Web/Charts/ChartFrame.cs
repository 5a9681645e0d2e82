namespace QuestionsEcrites.Web.Charts;

/// <summary>
/// Where the plot of an axis chart (<see cref="MonthlyChart"/>, <see cref="Histogram"/>) sits: left edge and width in
/// percent of the chart's width (the rest holds the axis labels, room for « 2 000 » at 375 px), top in pixels; and
/// the readable top of an axis.
/// </summary>
public static class ChartFrame
{
    public const double PlotLeft = 12;

    public const double PlotWidth = 86;

    public const int PlotTop = 10;

    /// <summary>1, 2, 5 × 10ⁿ at or above <paramref name="value"/>.</summary>
    public static int Nice(int value)
    {
        var step = 1;
        while (true)
        {
            foreach (var m in new[] { 1, 2, 5 })
            {
                if (m * step >= value)
                {
                    return m * step;
                }
            }

            step *= 10;
        }
    }
}
