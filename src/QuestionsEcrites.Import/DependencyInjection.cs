using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace QuestionsEcrites.Import;

public static class DependencyInjection
{
    /// <summary>Registers the importer; it needs the store (<c>AddQuestionsData</c>) and nothing of the index.</summary>
    public static IServiceCollection AddQuestionsImport(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ImportOptions>()
            .Bind(configuration.GetSection(ImportOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ImportService>();
        return services;
    }
}
