using QuestionsEcrites.Data.Statistics;
using QuestionsEcrites.Domain.Statistics;

namespace QuestionsEcrites.Web.Statistics;

/// <summary>The signalées page's data: the figures, one page of signalées, and the figures per group and per ministry.</summary>
public sealed record SignaledReport(
    DateOnly AsOf,
    AccountabilityFigures Total,
    IReadOnlyList<ClockRow> Page,
    int Count,
    IReadOnlyList<ScoreboardRow> ByGroup,
    IReadOnlyList<ScoreboardRow> ByMinistry,
    StatisticsNames Names);
