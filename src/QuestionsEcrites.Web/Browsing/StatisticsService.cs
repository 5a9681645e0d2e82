using Microsoft.Extensions.Caching.Memory;
using QuestionsEcrites.Data.Statistics;

namespace QuestionsEcrites.Web.Browsing;

/// <summary>
/// The store's figures (<see cref="QuestionStatisticsReader"/>) cached until the store changes: its latest change
/// stamp is part of the cache key, one indexed query per call.
/// </summary>
public sealed class StatisticsService(QuestionStatisticsReader reader, IMemoryCache cache)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public Task<KeyFigures> GetKeyFiguresAsync(CancellationToken ct) => CachedAsync("figures", reader.GetKeyFiguresAsync, ct);

    public Task<IReadOnlyList<LookupStatistics>> GetRubriquesAsync(CancellationToken ct) => CachedAsync("rubriques", reader.GetRubriquesAsync, ct);

    /// <summary>Per ministry, the questions asked to it or assigned to it (as the <c>ministere</c> filter counts them).</summary>
    public Task<IReadOnlyList<LookupStatistics>> GetMinistriesAsync(CancellationToken ct) => CachedAsync("ministeres", reader.GetMinistriesAsync, ct);

    public Task<IReadOnlyList<DeputyStatistics>> GetDeputiesAsync(CancellationToken ct) => CachedAsync("deputes", reader.GetDeputiesAsync, ct);

    private async Task<T> CachedAsync<T>(string name, Func<CancellationToken, Task<T>> compute, CancellationToken ct)
    {
        var key = (nameof(StatisticsService), name, await reader.LatestChangeStampAsync(ct));
        if (cache.TryGetValue(key, out T? cached) && cached is not null)
        {
            return cached;
        }

        var value = await compute(ct);
        cache.Set(key, value, Lifetime);
        return value;
    }
}
