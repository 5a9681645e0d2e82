using Microsoft.AspNetCore.Mvc.RazorPages;
using QuestionsEcrites.Data.Statistics;
using QuestionsEcrites.Domain.Statistics;
using QuestionsEcrites.Web.Statistics;

namespace QuestionsEcrites.Web.Pages;

/// <summary>The home page: the search, the key figures of every written question, the latest questions and answers.</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = QuestionsEcrites.Web.Caching.StoreOutputCache.PolicyName)]
public sealed class IndexModel(AccountabilityService statistics, LatestQuestionsQuery latest) : PageModel
{
    public AccountabilityFigures? Figures { get; private set; }

    public IReadOnlyList<QuestionListItem> LatestQuestions { get; private set; } = [];

    public IReadOnlyList<QuestionListItem> LatestAnswers { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Figures = await statistics.TotalAsync(new StatisticsFilter(), ct);
        LatestQuestions = await latest.GetLatestQuestionsAsync(10, ct);
        LatestAnswers = await latest.GetLatestAnswersAsync(5, ct);
    }
}
