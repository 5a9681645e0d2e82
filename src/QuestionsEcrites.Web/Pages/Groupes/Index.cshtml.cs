using QuestionsEcrites.Data.Statistics;
using QuestionsEcrites.Web.Statistics;

namespace QuestionsEcrites.Web.Pages.Groupes;

/// <summary>The political groups: the questions their deputies asked (under the group of each question) and how they were answered.</summary>
public sealed class IndexModel(AccountabilityService statistics) : ScoreboardPageModel(statistics, FigureDimension.Group, "/groupes", "Groupe");
