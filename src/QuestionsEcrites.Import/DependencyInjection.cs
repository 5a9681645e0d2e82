using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using QuestionsEcrites.Import.Indexing;
using QuestionsEcrites.Search;

namespace QuestionsEcrites.Import;

public static class DependencyInjection
{
    /// <summary>Registers the importer and the index synchronizer, with the search index they feed.</summary>
    public static IServiceCollection AddQuestionsImport(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddQuestionsSearch(configuration, contentRoot);
        services.AddSingleton<IndexSynchronizer>();
        services.AddOptions<ImportOptions>()
            .Bind(configuration.GetSection(ImportOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ImportService>();
        return services;
    }
}
