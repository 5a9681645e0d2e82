using QuestionsEcrites.Web.Charts;
using QuestionsEcrites.Web.Statistics;

namespace QuestionsEcrites.Web.Pages.Ministeres;

/// <summary>A ministry: its figures for the list's legislature and publication window, its charts, its oldest overdue questions, then its questions.</summary>
public sealed class DetailsModel(QuestionsDbContext db, ResultsViewFactory results, AccountabilityService statistics)
    : FilteredListPageModel<string>(results, "ministere")
{
    public MinistryReport? Report { get; private set; }

    /// <summary>The titles of the oldest overdue questions, by number and legislature.</summary>
    public IReadOnlyDictionary<(int Legislature, int Number), string> Titles { get; private set; } = new Dictionary<(int, int), string>();

    protected override Task<string?> FindHeaderAsync(string slug, CancellationToken ct) =>
        db.Ministries.Where(m => m.Slug == slug).Select(m => m.Name).FirstOrDefaultAsync(ct);

    protected override async Task OnFoundAsync(string slug, CancellationToken ct)
    {
        // The figures follow the list's own legislature and window; a wrong value is already reported by the list.
        var filter = new StatisticsParameters { Legislature = Parameters.Legislature, Du = Parameters.Du, Au = Parameters.Au }.Validate(out _, out _);
        if (filter is null)
        {
            return;
        }

        Report = await statistics.MinistryReportAsync(slug, filter, ct);
        if (Report is { OldestOverdue.Count: > 0 } report)
        {
            var numbers = report.OldestOverdue.Select(o => o.Key.Number).ToList();
            var found = await db.Questions.AsNoTracking()
                .Where(q => q.Type == QuestionType.QE && numbers.Contains(q.Number))
                .Select(q => new { q.Legislature, q.Number, q.Title })
                .ToListAsync(ct);
            Titles = found.ToDictionary(q => (q.Legislature, q.Number), q => q.Title);
        }
    }

    public MonthlyChart MonthlyChart(MinistryReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var months = report.Months;
        var description = months.Count == 0
            ? "Aucune question datée."
            : $"De {Charts.MonthlyChart.MonthName(months[0])} à {Charts.MonthlyChart.MonthName(months[^1])} : {Formatting.French.Number(months.Sum(m => m.Published))} questions publiées, "
                + $"{Formatting.French.Number(months.Sum(m => m.Answered))} réponses publiées ; {Formatting.French.Number(months[^1].OverdueAtEnd)} questions en retard aujourd'hui, "
                + $"au plus {Formatting.French.Number(months.Max(m => m.OverdueAtEnd))} en fin de mois.";
        return new MonthlyChart("mois", $"Mois par mois : questions, réponses et retards — {report.Ministry.Name}", description, months);
    }

    public Histogram DelayChart(MinistryReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var total = report.DelayWeeks.Sum();
        var withinTwoMonths = report.DelayWeeks.Take(9).Sum();
        return new Histogram(
            "delais",
            $"Délais de réponse, en semaines — {report.Ministry.Name}",
            total == 0
                ? "Aucune réponse datée."
                : $"{Formatting.French.Number(total)} réponses datées ; {Formatting.French.Number(withinTwoMonths)} en moins de neuf semaines ; délai médian {report.Figures.MedianDays} jours.",
            report.DelayWeeks);
    }
}
