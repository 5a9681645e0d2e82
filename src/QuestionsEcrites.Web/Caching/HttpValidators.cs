using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace QuestionsEcrites.Web.Caching;

/// <summary>
/// Conditional GET (RFC 9110 §13): an entity tag made of the store's version and the request's path and query,
/// <c>Last-Modified</c> from the store's last indexed write, and <c>304 Not Modified</c> when the client's copy is
/// current. Responses may be stored by caches but are revalidated at every use (<c>no-cache</c>): they change when
/// an import lands, which no expiry date can foresee.
/// </summary>
public static class HttpValidators
{
    public const string CacheControlValue = "public, no-cache";

    /// <summary>The weak entity tag of this request's response under <paramref name="version"/>.</summary>
    public static string ETagOf(HttpRequest request, string version)
    {
        ArgumentNullException.ThrowIfNull(request);
        // No header takes part: the site negotiates nothing, and a revalidation from another client is as current.
        var key = version + "|" + request.PathBase + request.Path + request.QueryString;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return "W/\"" + Convert.ToHexStringLower(hash.AsSpan(0, 12)) + "\"";
    }

    /// <summary>
    /// Sets the validators on the response and tells whether the request's copy is current (the caller then answers
    /// 304 without computing the body). Without a version (the index unavailable), nothing is set.
    /// </summary>
    public static bool IsNotModified(HttpContext http, StoreVersion version)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(version);
        if (version.Current is not { } current)
        {
            return false;
        }

        var etag = ETagOf(http.Request, current);
        var headers = http.Response.Headers;
        headers.ETag = etag;
        headers.CacheControl = CacheControlValue;
        var lastModified = version.LastModified;
        if (lastModified is { } modified)
        {
            headers.LastModified = modified.ToString("R", CultureInfo.InvariantCulture);
        }

        var request = http.Request.GetTypedHeaders();
        if (request.IfNoneMatch.Count > 0)
        {
            // Weak comparison (§8.8.3.2): a GET's validators match on the opaque tag alone.
            return request.IfNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(EntityTagHeaderValue.Parse(etag), useStrongComparison: false));
        }

        return lastModified is { } last && request.IfModifiedSince is { } since && TruncateToSeconds(last) <= since;
    }

    private static DateTimeOffset TruncateToSeconds(DateTimeOffset value) => value.AddTicks(-(value.Ticks % TimeSpan.TicksPerSecond));
}
