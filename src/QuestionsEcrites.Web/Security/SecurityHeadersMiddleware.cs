namespace QuestionsEcrites.Web.Security;

/// <summary>
/// The headers that keep the site's pages its own: a strict Content-Security-Policy (no script at all on the
/// pages, styles and images from the site only, never framed), no MIME sniffing, the referrer cut to the origin
/// across sites, no browser feature a reading site does not use. The API's reading page (Scalar) runs the
/// package's script with a per-request nonce and the inline styles its components set.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    /// <summary>Pages, API, feeds, downloads: nothing runs, nothing loads from elsewhere.</summary>
    public const string StrictPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
        + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext http)
    {
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()";
            headers.XFrameOptions = "DENY"; // for browsers that predate frame-ancestors
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers.ContentSecurityPolicy = http.Items.TryGetValue(Scalar.AspNetCore.ScalarOptions.NonceHttpContextItemKey, out var nonce) && nonce is string value
                ? DocumentationPolicy(value)
                : StrictPolicy;
            return Task.CompletedTask;
        });
        return next(http);
    }

    /// <summary>The API's reading page: its scripts by nonce, the styles its script injects, its document by fetch.</summary>
    public static string DocumentationPolicy(string nonce) =>
        $"default-src 'none'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
        + "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
}
