using QuestionsEcrites.Data.Statistics;
using QuestionsEcrites.Domain.Statistics;

namespace QuestionsEcrites.Web.Statistics;

/// <summary>What a ministry's page shows above its list: its figures, its months, its delays, its oldest overdue.</summary>
public sealed record MinistryReport(
    NamedKey Ministry,
    DateOnly AsOf,
    AccountabilityFigures Figures,
    IReadOnlyList<MonthPoint> Months,
    IReadOnlyList<int> DelayWeeks,
    IReadOnlyList<OverdueQuestion> OldestOverdue)
{
    /// <summary>How many of the oldest overdue questions the page lists.</summary>
    public const int OldestShown = 10;
}
