using Microsoft.Extensions.DependencyInjection;

namespace QuestionsEcrites.Indexing;

public static class DependencyInjection
{
    /// <summary>
    /// Registers what keeps the index derived from the store: the synchronizer and the follower that runs it when
    /// the store signals a change. Needs the store (<c>AddQuestionsData</c>) and the index (<c>AddQuestionsSearch</c>).
    /// </summary>
    public static IServiceCollection AddQuestionsIndexing(this IServiceCollection services)
    {
        services.AddSingleton<IndexSynchronizer>();
        services.AddSingleton<IndexFollower>();
        return services;
    }
}
