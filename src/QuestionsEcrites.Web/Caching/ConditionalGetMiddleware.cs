namespace QuestionsEcrites.Web.Caching;

/// <summary>
/// Answers conditional GET and HEAD requests for pages, the API, the feeds and the downloads before their handler
/// runs: 304 when the client's copy is current (<see cref="HttpValidators"/>). Successful responses keep the
/// validators; others (errors, redirects) lose them, so an error is never revalidated as current. Endpoints marked
/// <see cref="NoValidatorsAttribute"/> (the health check) are left alone.
/// </summary>
public sealed class ConditionalGetMiddleware(RequestDelegate next, StoreVersion version)
{
    public async Task InvokeAsync(HttpContext http)
    {
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method)
            || http.GetEndpoint() is not { } endpoint
            || endpoint.Metadata.GetMetadata<NoValidatorsAttribute>() is not null
            || endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor>() is not null)
        {
            await next(http);
            return;
        }

        if (HttpValidators.IsNotModified(http, version))
        {
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        http.Response.OnStarting(() =>
        {
            if (http.Response.StatusCode != StatusCodes.Status200OK)
            {
                http.Response.Headers.Remove("ETag");
                http.Response.Headers.Remove("Last-Modified");
                http.Response.Headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        });
        await next(http);
    }
}

/// <summary>Marks an endpoint whose response does not follow the store (no ETag, no 304).</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class NoValidatorsAttribute : Attribute;
