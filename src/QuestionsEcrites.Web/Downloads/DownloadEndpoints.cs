using QuestionsEcrites.Data.Export;
using QuestionsEcrites.Web.Api;

namespace QuestionsEcrites.Web.Downloads;

/// <summary>
/// <c>/telechargement/questions.csv?…</c> and <c>/telechargement/questions.json?…</c>: a whole list (the parameters
/// of <c>/questions</c>, in its order) in the export schema of DESIGN.md §5, streamed: the search gives the ids, the
/// rows are read and written a chunk at a time. CSV is UTF-8 with a byte order mark (so that spreadsheet software
/// reads the accents right), RFC 4180 with commas, or with semicolons (<c>separateur=point-virgule</c>) for
/// spreadsheets set up in French. Bad parameters answer as the API does.
/// </summary>
public static class DownloadEndpoints
{
    public static IEndpointRouteBuilder MapDownloads(this IEndpointRouteBuilder app)
    {
        var downloads = app.MapGroup("/telechargement").RequireRateLimiting(Security.ClientRateLimits.DownloadPolicy);
        downloads.MapGet("/questions.csv", (HttpContext http, [AsParameters] SearchParameters parameters, [Microsoft.AspNetCore.Mvc.FromQuery(Name = "separateur")] string? separateur, QuestionSearchService search, QuestionExportReader reader, TimeProvider time, CancellationToken ct) =>
        {
            char? separator = separateur?.Trim().ToLowerInvariant() switch
            {
                null or "" or "virgule" => ',',
                "point-virgule" => ';',
                _ => null,
            };
            if (separator is null)
            {
                return Task.FromResult<IResult>(ApiProblems.BadRequest(new() { ["separateur"] = $"Le paramètre « separateur » vaut « virgule » ou « point-virgule », pas « {separateur} »." }));
            }

            return DownloadAsync(http, parameters, ExportFormat.Csv, new CsvDialect(separator.Value, ByteOrderMark: true), search, reader, time, ct);
        });
        downloads.MapGet("/questions.json", (HttpContext http, [AsParameters] SearchParameters parameters, QuestionSearchService search, QuestionExportReader reader, TimeProvider time, CancellationToken ct) =>
            DownloadAsync(http, parameters, ExportFormat.Json, CsvDialect.Standard, search, reader, time, ct));
        return app;
    }

    private static async Task<IResult> DownloadAsync(
        HttpContext http, SearchParameters parameters, ExportFormat format, CsvDialect dialect, QuestionSearchService search, QuestionExportReader reader, TimeProvider time, CancellationToken ct)
    {
        var request = parameters.Validate(out var errors);
        if (request is null)
        {
            return ApiProblems.BadRequest(errors);
        }

        var ids = await search.MatchingIdsAsync(request, parameters.OnlyIdenticalTexts, ct);
        var extension = format == ExportFormat.Csv ? "csv" : "json";
        var name = $"questions-ecrites-{ParisCalendar.Today(time):yyyy-MM-dd}.{extension}";
        return new StreamedExport(reader.ReadInOrderAsync(ids, ct), format, dialect, name, ids.Count);
    }

    private sealed class StreamedExport(IAsyncEnumerable<QuestionExport> questions, ExportFormat format, CsvDialect dialect, string fileName, int count) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.ContentType = format == ExportFormat.Csv ? "text/csv; charset=utf-8; header=present" : "application/json; charset=utf-8";
            response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
            response.Headers["X-Total-Count"] = count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await response.StartAsync(httpContext.RequestAborted); // headers leave before the first row is read
            await QuestionExportWriter.WriteAsync(questions, format, dialect, response.Body, httpContext.RequestAborted);
        }
    }
}
