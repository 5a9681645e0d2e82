using QuestionsEcrites.Data.Statistics;
using QuestionsEcrites.Domain.Statistics;
using QuestionsEcrites.Web.Charts;

namespace QuestionsEcrites.Web.Statistics;

/// <summary>
/// What a ministry's, group's, deputy's or rubrique's page shows above its list: its figures, its months, its
/// delays and its oldest overdue questions, with the charts drawn from them.
/// </summary>
public sealed record AccountabilityReport(
    NamedKey Subject,
    DateOnly AsOf,
    AccountabilityFigures Figures,
    IReadOnlyList<MonthPoint> Months,
    IReadOnlyList<int> DelayWeeks,
    IReadOnlyList<OverdueQuestion> OldestOverdue)
{
    /// <summary>How many of the oldest overdue questions the page lists.</summary>
    public const int OldestShown = 10;

    public MonthlyChart MonthlyChart()
    {
        var description = Months.Count == 0
            ? "Aucune question datée."
            : $"De {Charts.MonthlyChart.MonthName(Months[0])} à {Charts.MonthlyChart.MonthName(Months[^1])} : {Formatting.French.Number(Months.Sum(m => m.Published))} questions publiées, "
                + $"{Formatting.French.Number(Months.Sum(m => m.Answered))} réponses publiées ; {Formatting.French.Number(Months[^1].OverdueAtEnd)} questions en retard aujourd'hui, "
                + $"au plus {Formatting.French.Number(Months.Max(m => m.OverdueAtEnd))} en fin de mois.";
        return new MonthlyChart("mois", $"Mois par mois : questions, réponses et retards — {Subject.Name}", description, Months);
    }

    public Histogram DelayChart()
    {
        var total = DelayWeeks.Sum();
        var withinNineWeeks = DelayWeeks.Take(9).Sum();
        return new Histogram(
            "delais",
            $"Délais de réponse, en semaines — {Subject.Name}",
            total == 0
                ? "Aucune réponse datée."
                : $"{Formatting.French.Number(total)} réponses datées ; {Formatting.French.Number(withinNineWeeks)} en moins de neuf semaines ; délai médian {Figures.MedianDays} jours.",
            DelayWeeks);
    }
}

/// <summary>What <c>_AccountabilityReport.cshtml</c> draws: the report, what it covers, and the titles of its oldest overdue questions.</summary>
/// <param name="Scope">The sentence that says which questions the figures count (« dont ce ministère est chargé de répondre »).</param>
public sealed record AccountabilityReportView(AccountabilityReport Report, string Scope, IReadOnlyDictionary<(int Legislature, int Number), string> Titles);
