using Microsoft.AspNetCore.Mvc.RazorPages;
using QuestionsEcrites.Data.Statistics;
using QuestionsEcrites.Web.Browsing;

namespace QuestionsEcrites.Web.Pages;

public sealed class IndexModel(StatisticsService statistics, LatestQuestionsQuery latest) : PageModel
{
    public KeyFigures Figures { get; private set; } = new(0, 0, null);

    public IReadOnlyList<QuestionListItem> LatestQuestions { get; private set; } = [];

    public IReadOnlyList<QuestionListItem> LatestAnswers { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Figures = await statistics.GetKeyFiguresAsync(ct);
        LatestQuestions = await latest.GetLatestQuestionsAsync(10, ct);
        LatestAnswers = await latest.GetLatestAnswersAsync(5, ct);
    }
}
