using System.Globalization;
using QuestionsEcrites.Search.Indexing;

namespace QuestionsEcrites.Web.Caching;

/// <summary>
/// What every page and response is computed from, as one short string: the store's change stamp up to which the
/// index is complete, the identical-texts links' stamp, and the day in Paris (deadlines and overdue counts move
/// with it). Responses keyed by it (<see cref="HttpValidators"/>, the output cache) change exactly when it does.
/// </summary>
public sealed class StoreVersion(QuestionIndex index, TimeProvider time)
{
    private long _linksStamp;

    /// <summary>The version, or null while the index cannot be opened (the page then answers its own 503, unvalidated).</summary>
    public string? Current => SyncedUpTo() is { } synced
        ? string.Create(CultureInfo.InvariantCulture, $"{synced:x}.{Volatile.Read(ref _linksStamp):x}.{ParisCalendar.Today(time):yyyyMMdd}")
        : null;

    /// <summary>The last write the index holds (change stamps are Unix milliseconds); null while it holds nothing.</summary>
    public DateTimeOffset? LastModified => SyncedUpTo() is > 0 and var stamp ? DateTimeOffset.FromUnixTimeMilliseconds(stamp) : null;

    /// <summary>Told by the linking service when the links have followed the store.</summary>
    public void LinksAt(long stamp) => Volatile.Write(ref _linksStamp, stamp);

    private long? SyncedUpTo()
    {
        try
        {
            return index.SyncedUpTo;
        }
        catch (IndexUnavailableException)
        {
            return null;
        }
    }
}
