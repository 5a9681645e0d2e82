using System.Linq.Expressions;
using QuestionsEcrites.Domain.Questions;

namespace QuestionsEcrites.Web.Searching;

/// <summary>The stored rows behind a page of hits, read in one statement by store id.</summary>
internal static class QuestionRows
{
    /// <summary>The projected rows of <paramref name="ids"/>, by id; no statement at all when there are none (a search without hits).</summary>
    public static async Task<Dictionary<int, T>> ByIdAsync<T>(
        this IQueryable<Question> questions, IReadOnlyCollection<int> ids, Expression<Func<Question, T>> projection, Func<T, int> idOf, CancellationToken ct) =>
        ids.Count == 0 ? [] : await questions.Where(q => ids.Contains(q.Id)).Select(projection).ToDictionaryAsync(idOf, ct);
}
