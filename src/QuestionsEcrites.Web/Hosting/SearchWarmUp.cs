using QuestionsEcrites.Search.Querying;

namespace QuestionsEcrites.Web.Hosting;

/// <summary>
/// One browse and one text search once the index is ready, off the request path, so that the first visitor does
/// not pay for loading the index's columns (facets and sort keys: about half a second at a million questions) and
/// compiling the search code.
/// </summary>
public sealed partial class SearchWarmUp(QuestionSearcher searcher, ILogger<SearchWarmUp> logger)
{
    public void Run()
    {
        try
        {
            var stopwatch = System.Diagnostics.Stopwatch.StartNew();
            searcher.Search(new QuestionSearchRequest());
            searcher.Search(new QuestionSearchRequest { Text = "question ministre" });
            LogWarmedUp(stopwatch.Elapsed.TotalMilliseconds);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Only a head start: the first real search does the same work if this failed.
            LogFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Search warmed up in {Milliseconds:F0} ms")]
    private partial void LogWarmedUp(double milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search warm-up failed")]
    private partial void LogFailed(Exception ex);
}
