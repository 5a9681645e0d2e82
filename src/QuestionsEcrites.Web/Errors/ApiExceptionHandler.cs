using Microsoft.AspNetCore.Diagnostics;
using QuestionsEcrites.Search.Indexing;

namespace QuestionsEcrites.Web.Errors;

/// <summary>
/// Errors of the JSON API as French <c>application/problem+json</c>: a 503 with <c>Retry-After</c> while the index
/// is being built (or owned by another process), a 500 otherwise. Page requests fall through to the error page,
/// which says the same in HTML; pages that read the store alone (home, question details) keep working meanwhile.
/// </summary>
public sealed partial class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public const int RetryAfterSeconds = 10;

    public const string UnavailableTitle = "Recherche momentanément indisponible";

    public const string UnavailableDetail = "L'index de recherche est en cours de construction à partir de la base ; les pages des questions restent consultables. Réessayez dans quelques instants.";

    public static bool IsSearchUnavailable(Exception? exception) => exception is IndexNotReadyException or IndexUnavailableException;

    /// <summary>The status an unhandled exception answers with, for pages and API alike.</summary>
    public static int StatusCodeOf(Exception exception) =>
        IsSearchUnavailable(exception) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        // The middleware has already pointed the request at the error page: the original path says whether it was the API's.
        var path = httpContext.Features.Get<IExceptionHandlerFeature>()?.Path ?? httpContext.Request.Path;
        if (!ApiPaths.IsApi(path))
        {
            return false;
        }

        var status = StatusCodeOf(exception);
        httpContext.Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        else
        {
            LogFailed(exception, path);
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = status == StatusCodes.Status503ServiceUnavailable
                ? new() { Status = status, Title = UnavailableTitle, Detail = UnavailableDetail }
                : new() { Status = status, Title = "Erreur interne", Detail = "Le service n'a pas pu répondre à cette demande. Réessayez dans un instant." },
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error on {Path}")]
    private partial void LogFailed(Exception ex, string path);
}
