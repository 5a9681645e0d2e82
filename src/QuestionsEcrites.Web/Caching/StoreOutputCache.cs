using Microsoft.AspNetCore.OutputCaching;

namespace QuestionsEcrites.Web.Caching;

/// <summary>
/// ASP.NET Core's output cache for the pages every visitor asks alike (home, directories and scoreboards,
/// signalées, the statistics API): a response is kept per URL (query string included) and per
/// <see cref="StoreVersion"/>, so an import or a new day makes new entries and the old ones age out; nothing
/// stale is ever served. Entries live ten minutes at most and the cache holds 64 MB at most.
/// </summary>
public static class StoreOutputCache
{
    public const string PolicyName = "store";

    public static IServiceCollection AddStoreOutputCache(this IServiceCollection services) =>
        services.AddOutputCache(options =>
        {
            options.SizeLimit = 64 * 1024 * 1024;
            options.AddPolicy(PolicyName, policy => policy
                .Expire(TimeSpan.FromMinutes(10))
                .SetVaryByQuery("*")
                .VaryByValue(http => new KeyValuePair<string, string>("store", http.RequestServices.GetRequiredService<StoreVersion>().Current ?? "none")));
        });
}
