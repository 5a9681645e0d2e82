using QuestionsEcrites.Data.Statistics;

namespace QuestionsEcrites.Web.Charts;

/// <summary>
/// A ministry's months as three lines (questions published, answers published, overdue stock at month end), drawn
/// by <c>_MonthlyChart.cshtml</c>: the lines in a stretched inner SVG (strokes keep their width), the axis labels in
/// pixels and percent so text keeps its size at any width; each line has its own dash and marker shape.
/// </summary>
public sealed record MonthlyChart(string Id, string Title, string Description, IReadOnlyList<MonthPoint> Points)
{
    public const int PlotHeight = 200;

    public int Height => ChartFrame.PlotTop + PlotHeight + 30;

    /// <summary>The highest value of any line, rounded up to a readable step: the top of the axis.</summary>
    public int Max
    {
        get
        {
            var max = Points.Count == 0 ? 0 : Points.Max(p => Math.Max(p.Published, Math.Max(p.Answered, p.OverdueAtEnd)));
            return ChartFrame.Nice(Math.Max(max, 1));
        }
    }

    public IReadOnlyList<ChartSeries> Series =>
    [
        new("Questions publiées", "series-published", "#000091", string.Empty, Points.Select(p => p.Published).ToList()),
        new("Réponses publiées", "series-answered", "#18753c", "6 4", Points.Select(p => p.Answered).ToList()),
        new("Questions en retard en fin de mois", "series-overdue", "#ce0500", "2 3", Points.Select(p => p.OverdueAtEnd).ToList()),
    ];

    /// <summary>The inner plot's polyline points for a series (x: month index, y: value from the top).</summary>
    public string PolylinePoints(ChartSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var max = Max;
        return string.Join(' ', series.Values.Select((v, i) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{i},{max - v}")));
    }

    /// <summary>The x position of month <paramref name="index"/>, in percent of the chart's width.</summary>
    public double X(int index) => ChartFrame.PlotLeft + (Points.Count <= 1 ? 0 : ChartFrame.PlotWidth * index / (Points.Count - 1));

    /// <summary>At most this many labels under the axis, so they never overlap at 375 px.</summary>
    public const int MaxAxisLabels = 7;

    /// <summary>
    /// Months whose label is written under the axis: every month, half-year or January of every few years, so that
    /// at most <see cref="MaxAxisLabels"/> are written.
    /// </summary>
    public IEnumerable<(int Index, string Label)> AxisLabels()
    {
        var every = Points.Count <= MaxAxisLabels ? 1 : Points.Count <= MaxAxisLabels * 6 ? 6 : 12 * (int)Math.Ceiling(Points.Count / (12.0 * MaxAxisLabels));
        for (var i = 0; i < Points.Count; i++)
        {
            var p = Points[i];
            var monthsFromJanuary = ((p.Year * 12) + p.Month - 1) % every;
            if (every == 1 || monthsFromJanuary == 0)
            {
                yield return (i, every < 12 ? $"{MonthShort(p.Month)} {p.Year % 100:00}" : p.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    public static string MonthName(MonthPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        return new DateOnly(point.Year, point.Month, 1).ToString("MMMM yyyy", Formatting.French.Culture);
    }

    private static string MonthShort(int month) => new DateOnly(2000, month, 1).ToString("MMM", Formatting.French.Culture).TrimEnd('.');
}

/// <summary>
/// One line of a chart: its name, its CSS class and colour (the attribute is the fallback when the style sheet does
/// not load), its dash pattern, its values.
/// </summary>
public sealed record ChartSeries(string Name, string CssClass, string Color, string Dash, IReadOnlyList<int> Values);
