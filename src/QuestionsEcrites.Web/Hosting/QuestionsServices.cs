using QuestionsEcrites.Data;
using QuestionsEcrites.Import;

namespace QuestionsEcrites.Web.Hosting;

/// <summary>The services shared by the site and the command-line verbs.</summary>
public static class QuestionsServices
{
    public static IServiceCollection AddQuestionsCore(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddQuestionsData(configuration, contentRoot);
        services.AddQuestionsImport(configuration, contentRoot);
        services.AddSingleton(new ContentRoot(contentRoot));
        services.AddScoped<StoreInitializer>();
        return services;
    }
}

/// <summary>The folder relative paths of the configuration are resolved against.</summary>
public sealed record ContentRoot(string Path);
