namespace QuestionsEcrites.Web.Charts;

/// <summary>
/// A horizontal bar chart drawn as SVG by <c>_BarChart.cshtml</c>: one bar per item, its label above it and its
/// value written beside it (the chart never relies on colour alone). Positions are in percent of the width, so the
/// text keeps its size from 375 px to 1280 px.
/// </summary>
/// <param name="Id">Unique in the page: names the title and description the SVG is labelled by.</param>
public sealed record BarChart(string Id, string Title, string Description, IReadOnlyList<Bar> Bars)
{
    /// <summary>Height of one bar's row (label, then bar), in pixels.</summary>
    public const int RowHeight = 38;

    /// <summary>The share of the width a full bar (100 %) takes; the rest holds its value.</summary>
    public const double BarSpan = 82;

    /// <summary>Labels longer than this are shortened (the full name is the label's tooltip and is in the table).</summary>
    public const int MaxLabel = 40;

    public int Height => (Bars.Count * RowHeight) + 4;

    public static string ShortLabel(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return label.Length <= MaxLabel ? label : string.Concat(label.AsSpan(0, MaxLabel - 1).TrimEnd(), "…");
    }
}

/// <summary>One bar: its label, its share (0 to 1), the value as written, and the page it leads to.</summary>
public sealed record Bar(string Label, double Share, string ValueText, string? Href)
{
    /// <summary>The bar's width, in percent of the chart's width.</summary>
    public double WidthPercent => Math.Clamp(Share, 0, 1) * BarChart.BarSpan;
}
