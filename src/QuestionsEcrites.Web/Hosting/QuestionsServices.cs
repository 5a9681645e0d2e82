namespace QuestionsEcrites.Web.Hosting;

/// <summary>What the site and the command-line verbs add to the libraries' own registrations.</summary>
public static class QuestionsServices
{
    /// <summary>The start-up step (migrate, own the index, seed) and the folder relative paths are resolved against.</summary>
    public static IServiceCollection AddQuestionsHosting(this IServiceCollection services, string contentRoot)
    {
        services.AddSingleton(new ContentRoot(contentRoot));
        services.AddScoped<StoreInitializer>();
        return services;
    }
}

/// <summary>The folder relative paths of the configuration are resolved against.</summary>
public sealed record ContentRoot(string Path);
