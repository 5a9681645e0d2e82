using QuestionsEcrites.Data.Statistics;
using QuestionsEcrites.Web.Statistics;

namespace QuestionsEcrites.Web.Pages.Deputes;

/// <summary>The deputies' records: questions asked, how many were answered, how fast, how many wait past their due date.</summary>
public sealed class IndexModel(AccountabilityService statistics) : ScoreboardPageModel(statistics, FigureDimension.Deputy, "/deputes", "Député")
{
    protected override IReadOnlyList<ScoreboardColumn> Columns => ScoreboardColumns.Deputies;
}
