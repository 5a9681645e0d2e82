using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QuestionsEcrites.Search.Highlighting;
using QuestionsEcrites.Search.Indexing;
using QuestionsEcrites.Search.Querying;

namespace QuestionsEcrites.Search;

public static class DependencyInjection
{
    /// <summary>Registers the index (one per process, opened on first use), the searcher and the snippet builder.</summary>
    public static IServiceCollection AddQuestionsSearch(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddOptions<SearchOptions>()
            .Bind(configuration.GetSection(SearchOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var path = sp.GetRequiredService<IOptions<SearchOptions>>().Value.IndexPath;
            return new QuestionIndex(Path.GetFullPath(path, contentRoot), sp.GetRequiredService<ILogger<QuestionIndex>>());
        });
        services.AddSingleton(RankingOptions.Default);
        services.AddSingleton<QuestionSearcher>();
        services.AddSingleton<SnippetBuilder>();
        return services;
    }
}
