namespace QuestionsEcrites.Web.Charts;

/// <summary>
/// The distribution of answer delays in weeks, drawn by <c>_Histogram.cshtml</c> as vertical bars with the
/// two-month due date marked; positions in percent of the width, heights in pixels.
/// </summary>
/// <param name="Buckets">Bucket i counts delays of i whole weeks; the last one, that many weeks and more.</param>
public sealed record Histogram(string Id, string Title, string Description, IReadOnlyList<int> Buckets)
{
    public const int PlotHeight = 180;

    /// <summary>Two months in weeks (61 days / 7), where the due date falls.</summary>
    public const double DueWeeks = 61 / 7.0;

    public int Height => ChartFrame.PlotTop + PlotHeight + 34;

    public int Max => ChartFrame.Nice(Math.Max(1, Buckets.Count == 0 ? 1 : Buckets.Max()));

    public double BarWidth => ChartFrame.PlotWidth / Math.Max(1, Buckets.Count);

    public double X(double weeks) => ChartFrame.PlotLeft + (BarWidth * weeks);

    public int BarHeight(int count) => (int)Math.Round(PlotHeight * (double)count / Max);

    public string Label(int bucket) => bucket == Buckets.Count - 1 ? $"{bucket} sem. et plus" : $"{bucket} sem.";
}
