using Microsoft.AspNetCore.Mvc;
using QuestionsEcrites.Data.Statistics;
using QuestionsEcrites.Web.Parameters;

namespace QuestionsEcrites.Web.Statistics;

/// <summary>
/// The query-string parameters of the statistics pages and <c>/api/statistiques/*</c>: <c>legislature</c> (1–30),
/// <c>du</c> and <c>au</c> on the publication date, and for the tables <c>tri</c> (a column) and <c>ordre</c>
/// (<c>asc</c>, <c>desc</c>). Validation gives the filter and the sort, or French messages naming the parameter.
/// </summary>
public sealed record StatisticsParameters
{
    public const int MaxLegislature = 30;

    [FromQuery(Name = "legislature")]
    public string? Legislature { get; set; }

    [FromQuery(Name = "du")]
    public string? Du { get; set; }

    [FromQuery(Name = "au")]
    public string? Au { get; set; }

    [FromQuery(Name = "tri")]
    public string? Tri { get; set; }

    [FromQuery(Name = "ordre")]
    public string? Ordre { get; set; }

    public StatisticsFilter? Validate(out ScoreboardSort sort, out Dictionary<string, string> errors)
    {
        errors = [];
        int? legislature = string.IsNullOrWhiteSpace(Legislature)
            ? null
            : ParameterValues.Int("legislature", Legislature, 1, MaxLegislature, 0, errors, $"un numéro de législature (entier de 1 à {MaxLegislature})");
        var from = ParameterValues.Date("du", Du, errors);
        var to = ParameterValues.Date("au", Au, errors);
        ParameterValues.CheckWindow(from, to, Du, Au, errors);

        sort = ScoreboardSort.Default;
        if (!string.IsNullOrWhiteSpace(Tri))
        {
            if (ScoreboardColumns.Find(Tri.Trim()) is { } column)
            {
                sort = new ScoreboardSort(column, column.DescendingFirst);
            }
            else
            {
                errors["tri"] = $"Le paramètre « tri » vaut l'une des colonnes ({string.Join(", ", ScoreboardColumns.All.Select(c => c.Code))}), pas « {ParameterValues.Truncate(Tri)} ».";
            }
        }

        switch (Ordre?.Trim().ToLowerInvariant())
        {
            case null or "":
                break;
            case "asc":
                sort = sort with { Descending = false };
                break;
            case "desc":
                sort = sort with { Descending = true };
                break;
            default:
                errors["ordre"] = $"Le paramètre « ordre » vaut « asc » ou « desc », pas « {ParameterValues.Truncate(Ordre)} ».";
                break;
        }

        return errors.Count > 0 ? null : new StatisticsFilter(legislature, from, to);
    }

    /// <summary>The page of a table (<c>page</c>, from 1); 1 when absent, an error when not a positive number.</summary>
    public int Page(string? value, Dictionary<string, string> errors) =>
        ParameterValues.Int("page", value, 1, 1_000_000, 1, errors, "un entier supérieur ou égal à 1");

    /// <summary>
    /// A link to <paramref name="path"/> that keeps the filters (<c>legislature</c>, <c>du</c>, <c>au</c>) with the
    /// given parameters set (a null or blank value leaves one out): sort links, pages, a page's own extra filters.
    /// </summary>
    public string Link(string path, params (string Name, string? Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var values = new Dictionary<string, string?> { ["legislature"] = Legislature, ["du"] = Du, ["au"] = Au };
        foreach (var (name, value) in parameters)
        {
            values[name] = value;
        }

        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(
            path, values.Where(v => !string.IsNullOrWhiteSpace(v.Value)).Select(v => KeyValuePair.Create(v.Key, v.Value!.Trim()))!);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
