using Microsoft.Extensions.Options;
using QuestionsEcrites.Data.Changes;
using QuestionsEcrites.Data.Duplicates;
using QuestionsEcrites.Search;

namespace QuestionsEcrites.Web.Hosting;

/// <summary>
/// Links the near-identical questions and answers (<see cref="DuplicateLinker"/>) of what the store wrote, off the
/// request path: at the first start on a store it compares every question once, then only the changed ones.
/// </summary>
public sealed partial class IdenticalTextsService(
    DuplicateLinker linker,
    StoreChangeSignal signal,
    Caching.StoreVersion version,
    IOptions<SearchOptions> options,
    ILogger<IdenticalTextsService> logger) : StoreFollowingService(signal, options)
{
    protected override async Task RefreshAsync(CancellationToken ct)
    {
        try
        {
            await linker.LinkAsync(ct);
            version.LinksAt(linker.Stamp);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Linking identical texts failed; retried at the next change")]
    private partial void LogFailed(Exception ex);
}
