using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace QuestionsEcrites.Web.Api;

/// <summary>
/// The API described: an OpenAPI 3.1 document at <c>/openapi/v1.json</c> (Microsoft.AspNetCore.OpenApi, from the
/// endpoints themselves) for every <c>/api</c> route, its parameters described in French (<see cref="ApiParameterDocs"/>),
/// and its human page at <c>/api</c> (Scalar, whose script the package serves: no CDN, no web fonts, no telemetry).
/// </summary>
public static class ApiDocumentation
{
    public const string DocumentName = "v1";

    public static IServiceCollection AddApiDocumentation(this IServiceCollection services) =>
        services.AddOpenApi(DocumentName, options =>
        {
            options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_1;
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.OrdinalIgnoreCase) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "Questions écrites : API",
                    Version = "1",
                    Description = "Les questions écrites des députés et les réponses des ministres : recherche, fiches, questions proches, "
                        + "statistiques de réponse des ministères. Lecture seule, JSON ; les erreurs sont des « problem+json » (RFC 9457) en français. "
                        + "Les mêmes listes existent en flux Atom (/flux/questions?…) et en téléchargement CSV ou JSON (/telechargement/questions.csv?…).",
                };
                document.Servers = [];
                return Task.CompletedTask;
            });
            options.AddOperationTransformer(ApiParameterDocs.DescribeAsync);
        });

    public static IEndpointRouteBuilder MapApiDocumentation(this IEndpointRouteBuilder app)
    {
        // The document depends on the code alone: built once (13 ms a request otherwise), kept for the process's life.
        app.MapOpenApi().WithMetadata(new Caching.NoValidatorsAttribute()).CacheOutput(policy => policy.Expire(TimeSpan.FromDays(365)));
        app.MapScalarApiReference("/api", options =>
        {
            options.Title = "API des questions écrites";
            options.DefaultFonts = false; // fonts from Scalar's CDN otherwise: the page must work offline
            options.Telemetry = false;
            options.HideClientButton = true;
            options.ShowDeveloperTools = DeveloperToolsVisibility.Never;
            options.DisableAgent(); // no AI chat calling out to Scalar's servers
            options.DisableMcp();
            options.Localization = new ScalarLocalizationOptions { Locale = "fr" }; // its own labels, where it has French
            options.DynamicNonce = true; // the page's CSP allows its scripts by this nonce (SecurityHeadersMiddleware)
            options.AddDocument(DocumentName);
            // Its muted greys miss WCAG AA contrast on white (axe: the search placeholder, the client-library tabs).
            options.CustomCss = ".sidebar-search-placeholder, .client-libraries-text { color: var(--scalar-color-2); }";
        }).Add(endpoint =>
        {
            // « /api/{document?} »: only the one document is a page; any other /api path stays the API's 404 (its
            // body written by the API's status-code pages, as for every unknown address).
            var page = endpoint.RequestDelegate!;
            endpoint.RequestDelegate = http =>
            {
                if (http.Request.RouteValues.TryGetValue("documentName", out var name) && name is string s && s.Length > 0 && s != DocumentName)
                {
                    http.Response.StatusCode = StatusCodes.Status404NotFound;
                    return Task.CompletedTask;
                }

                return InFrench(page, http);
            };
        });
        return app;
    }

    /// <summary>Scalar writes its page as <c>&lt;html&gt;</c> with no language: the page is French, so say it (screen readers read it in French).</summary>
    private static async Task InFrench(RequestDelegate page, HttpContext http)
    {
        if (Path.HasExtension(http.Request.Path.Value))
        {
            await page(http); // its script, styles and icons, as they are
            return;
        }

        var body = http.Response.Body;
        using var buffer = new MemoryStream(); // the page is a kilobyte: its script is a separate file
        http.Response.Body = buffer;
        try
        {
            await page(http);
        }
        finally
        {
            http.Response.Body = body;
        }

        var html = System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        var bytes = System.Text.Encoding.UTF8.GetBytes(html.Replace("<html>", "<html lang=\"fr\">", StringComparison.Ordinal));
        http.Response.ContentLength = bytes.Length;
        await body.WriteAsync(bytes, http.RequestAborted);
    }
}
