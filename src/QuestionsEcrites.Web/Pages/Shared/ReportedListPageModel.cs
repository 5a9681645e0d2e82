using QuestionsEcrites.Data.Statistics;
using QuestionsEcrites.Web.Statistics;

namespace QuestionsEcrites.Web.Pages.Shared;

/// <summary>
/// A ministry's, group's, deputy's or rubrique's page: its accountability report for the list's legislature and
/// publication window, then its question list (<see cref="FilteredListPageModel{THeader}"/>).
/// </summary>
public abstract class ReportedListPageModel<THeader>(
    ResultsViewFactory results,
    string filterName,
    AccountabilityService statistics,
    QuestionsDbContext db,
    FigureDimension dimension) : FilteredListPageModel<THeader>(results, filterName)
    where THeader : class
{
    public AccountabilityReportView? Report { get; private set; }

    /// <summary>The store, for the page's header.</summary>
    protected QuestionsDbContext Db => db;

    /// <summary>Which questions the figures count, said to the reader.</summary>
    protected abstract string Scope { get; }

    protected override async Task OnFoundAsync(string slug, CancellationToken ct)
    {
        // The figures follow the list's own legislature and window; a wrong value is already reported by the list.
        var filter = new StatisticsParameters { Legislature = Parameters.Legislature, Du = Parameters.Du, Au = Parameters.Au }.Validate(out _, out _);
        if (filter is null || await statistics.ReportAsync(dimension, slug, filter, ct) is not { } report)
        {
            return;
        }

        var scope = filter.Legislature is { } legislature ? $"{Scope}, {Formatting.French.Legislature(legislature)}" : Scope;
        Report = new AccountabilityReportView(report, scope, await TitlesAsync(report, ct));
    }

    private async Task<IReadOnlyDictionary<(int Legislature, int Number), string>> TitlesAsync(AccountabilityReport report, CancellationToken ct)
    {
        if (report.OldestOverdue.Count == 0)
        {
            return new Dictionary<(int, int), string>();
        }

        var numbers = report.OldestOverdue.Select(o => o.Key.Number).Distinct().ToList();
        var legislatures = report.OldestOverdue.Select(o => o.Key.Legislature).Distinct().ToList();
        var wanted = report.OldestOverdue.Select(o => (o.Key.Legislature, o.Key.Number)).ToHashSet();

        // Legislature first: the (legislature, number, type) index serves both IN lists; numbers alone would scan.
        var found = await db.Questions.AsNoTracking()
            .Where(q => legislatures.Contains(q.Legislature) && numbers.Contains(q.Number) && q.Type == QuestionType.QE)
            .Select(q => new { q.Legislature, q.Number, q.Title })
            .ToListAsync(ct);
        return found.Where(q => wanted.Contains((q.Legislature, q.Number))).ToDictionary(q => (q.Legislature, q.Number), q => q.Title);
    }
}
