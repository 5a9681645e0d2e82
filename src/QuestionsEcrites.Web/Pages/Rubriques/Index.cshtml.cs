using QuestionsEcrites.Data.Statistics;
using QuestionsEcrites.Web.Statistics;

namespace QuestionsEcrites.Web.Pages.Rubriques;

/// <summary>The rubriques with the same figures as the ministries: answers, delays, overdue questions.</summary>
public sealed class IndexModel(AccountabilityService statistics) : ScoreboardPageModel(statistics, FigureDimension.Rubrique, "/rubriques", "Rubrique");
