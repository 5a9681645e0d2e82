using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace QuestionsEcrites.Web.Caching;

/// <summary>
/// ASP.NET Core's output cache for the pages every visitor asks alike (home, directories and scoreboards,
/// signalées, the statistics API): a response is kept per URL (query string included) and per
/// <see cref="StoreVersion"/>, so an import or a new day makes new entries and the old ones age out; nothing
/// stale is ever served. Entries live ten minutes at most and the cache holds <c>Server:OutputCacheMegabytes</c>
/// (64 MB by default; 0 keeps nothing, which the page benchmark uses to measure pages computed).
/// </summary>
public static class StoreOutputCache
{
    public const string PolicyName = "store";

    public static IServiceCollection AddStoreOutputCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StoreOutputCacheOptions>()
            .Bind(configuration.GetSection(StoreOutputCacheOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOutputCache();
        services.AddOptions<OutputCacheOptions>().Configure<IOptions<StoreOutputCacheOptions>>((options, store) =>
        {
            var megabytes = store.Value.OutputCacheMegabytes;
            options.SizeLimit = Math.Max(1, megabytes) * 1024L * 1024L;
            options.AddPolicy(PolicyName, policy =>
            {
                if (megabytes == 0)
                {
                    policy.NoCache();
                    return;
                }

                policy.Expire(TimeSpan.FromMinutes(10))
                    .SetVaryByQuery("*")
                    .VaryByValue(http => new KeyValuePair<string, string>("store", http.RequestServices.GetRequiredService<StoreVersion>().Current ?? "none"));
            });
        });
        return services;
    }
}

/// <summary>The output cache's share of the <c>Server</c> configuration section.</summary>
public sealed class StoreOutputCacheOptions
{
    public const string Section = "Server";

    /// <summary>Rendered responses kept, in megabytes; 0 keeps none.</summary>
    [System.ComponentModel.DataAnnotations.Range(0, 16_384)]
    public int OutputCacheMegabytes { get; set; } = 64;
}
