using QuestionsEcrites.Web.Charts;

namespace QuestionsEcrites.Web.Statistics;

/// <summary>What <c>_Scoreboard.cshtml</c> draws: the board, its page's path and filters, and what its rows are.</summary>
/// <param name="NameHeading">The first column's heading (« Ministère », « Député », « Groupe », « Rubrique »).</param>
public sealed record ScoreboardView(Scoreboard Board, string Path, StatisticsParameters Parameters, string NameHeading)
{
    /// <summary>The columns shown, in order (the name first).</summary>
    public IReadOnlyList<ScoreboardColumn> Columns { get; init; } = ScoreboardColumns.All;

    /// <summary>The page shown (from 1) and its size; the total row and the chart cover every row.</summary>
    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = int.MaxValue;

    public int PageCount => Board.Rows.Count == 0 ? 1 : (int)Math.Ceiling(Board.Rows.Count / (double)PageSize);

    /// <summary>The rows of the page shown.</summary>
    public IEnumerable<ScoreboardRow> PageRows => Board.Rows.Skip((int)Math.Min(int.MaxValue, (long)(Page - 1) * PageSize)).Take(PageSize);

    /// <summary>The link to another page of the same table, its order kept.</summary>
    public string PageHref(int page)
    {
        return Parameters.Link(Path, ("tri", Parameters.Tri), ("ordre", Parameters.Ordre), ("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>The link that sorts by a column: first its natural way, then, on the sorted column, the other way.</summary>
    public string SortHref(ScoreboardColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        var descending = Board.Sort.Column == column ? !Board.Sort.Descending : column.DescendingFirst;
        return Parameters.Link(Path, ("tri", column.Code), ("ordre", descending ? "desc" : "asc"));
    }

    /// <summary>The <c>aria-sort</c> of a column's heading.</summary>
    public string AriaSort(ScoreboardColumn column) =>
        Board.Sort.Column != column ? "none" : Board.Sort.Descending ? "descending" : "ascending";

    /// <summary>The on-time rate of each row that has one, best first: the chart beside the table.</summary>
    public BarChart OnTimeChart(string id, string title) => new(
        id,
        title,
        "Pour chaque ligne du tableau, part des questions répondues dans le délai de deux mois, parmi celles dont l'issue est connue. "
            + string.Join(" ; ", Board.Rows.Where(r => r.Figures.OnTimeRate is not null).OrderByDescending(r => r.Figures.OnTimeRate)
                .Select(r => $"{r.Name} : {Formatting.French.Percent(r.Figures.OnTimeRate!.Value)}")) + ".",
        Board.Rows.Where(r => r.Figures.OnTimeRate is not null)
            .OrderByDescending(r => r.Figures.OnTimeRate).ThenBy(r => r.Name, StringComparer.Create(Formatting.French.Culture, ignoreCase: true))
            .Select(r => new Bar(r.Name, r.Figures.OnTimeRate!.Value, Formatting.French.Percent(r.Figures.OnTimeRate.Value), r.Href))
            .ToList());
}
