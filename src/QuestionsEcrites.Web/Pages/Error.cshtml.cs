using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QuestionsEcrites.Web.Errors;

namespace QuestionsEcrites.Web.Pages;

/// <summary>
/// The French error page, reached only by re-execution (an exception, or an empty 4xx/5xx response): requested
/// directly it is a 404 like any unknown address. Its state is set in the page filter, which runs for every
/// method, so a 405 re-executed with its original method (TRACE…) renders the same page.
/// </summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel(QuestionsDbContext db) : PageModel
{
    /// <summary>The page's name in routing, for the pipeline that re-executes requests to it.</summary>
    public const string PageName = "/Error";

    public int StatusCodeValue { get; private set; } = StatusCodes.Status500InternalServerError;

    /// <summary>The store's question count, shown while search is unavailable (null otherwise).</summary>
    public int? StoredQuestions { get; private set; }

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not null;
        StatusCodeValue = reExecuted ? Response.StatusCode : StatusCodes.Status404NotFound;
        Response.StatusCode = StatusCodeValue;
        if (StatusCodeValue == StatusCodes.Status503ServiceUnavailable)
        {
            Response.Headers.RetryAfter = ApiExceptionHandler.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            StoredQuestions = await db.Questions.CountAsync(q => q.Type == QuestionType.QE, HttpContext.RequestAborted);
        }

        await next();
    }
}
