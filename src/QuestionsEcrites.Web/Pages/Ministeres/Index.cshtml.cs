using QuestionsEcrites.Data.Statistics;
using QuestionsEcrites.Web.Statistics;

namespace QuestionsEcrites.Web.Pages.Ministeres;

/// <summary>The ministries' scoreboard: each ministry's answers, delays and overdue questions, with the filters and a chart.</summary>
public sealed class IndexModel(AccountabilityService statistics) : ScoreboardPageModel(statistics, FigureDimension.Ministry, "/ministeres", "Ministère");
