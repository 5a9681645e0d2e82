using System.Globalization;
using Microsoft.Extensions.Options;

namespace QuestionsEcrites.Web.Hosting;

/// <summary>How many requests the site works on at once (<c>Server:</c>), the others waiting their turn.</summary>
public sealed class WorkGateOptions
{
    public const string Section = "Server";

    /// <summary>Requests worked on at once; 0 means four per core. Searches and page reads are CPU work: beyond a few per core, more at once only adds threads, connections and memory.</summary>
    public int MaxConcurrentRequests { get; set; }

    /// <summary>Requests that may wait for a turn; beyond, the site answers 503 with <c>Retry-After</c>.</summary>
    public int MaxQueuedRequests { get; set; } = 2_000;

    public int EffectiveConcurrency => MaxConcurrentRequests > 0 ? MaxConcurrentRequests : 4 * Environment.ProcessorCount;
}

/// <summary>
/// Lets a bounded number of requests work at once and queues the rest without holding a thread. Searches and the
/// store's reads block their thread (Lucene and SQLite are synchronous), so under a burst the thread pool used to
/// add threads, each new thread a new pooled SQLite connection with its own page cache: at 64 connections on 2
/// cores the server grew from 33 to 75 threads and 9 to 19 connections in five minutes, and its memory with them,
/// for no more throughput. Answers that cost nothing (304, output cache, static files, health) and whole-list
/// downloads (long, limited per client already) do not queue.
/// </summary>
public sealed class WorkGateMiddleware(RequestDelegate next, IOptions<WorkGateOptions> options)
{
    private readonly SemaphoreSlim _turns = new(options.Value.EffectiveConcurrency, options.Value.EffectiveConcurrency);
    private readonly int _maxQueued = options.Value.MaxQueuedRequests;
    private int _waiting;

    public async Task InvokeAsync(HttpContext context)
    {
        if (!NeedsTurn(context))
        {
            await next(context);
            return;
        }

        if (!_turns.Wait(0))
        {
            if (Interlocked.Increment(ref _waiting) > _maxQueued)
            {
                Interlocked.Decrement(ref _waiting);
                await RefuseAsync(context);
                return;
            }

            try
            {
                await _turns.WaitAsync(context.RequestAborted);
            }
            catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
            {
                return; // the client left while waiting: nothing to answer
            }
            finally
            {
                Interlocked.Decrement(ref _waiting);
            }
        }

        try
        {
            await next(context);
        }
        finally
        {
            _turns.Release();
        }
    }

    private static bool NeedsTurn(HttpContext context)
    {
        var endpoint = context.GetEndpoint();
        if (endpoint?.Metadata.GetMetadata<Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor>() is not null)
        {
            return false;
        }

        var path = context.Request.Path;
        return !path.StartsWithSegments("/telechargement", StringComparison.Ordinal)
            && !path.StartsWithSegments("/api/sante", StringComparison.Ordinal);
    }

    private static async Task RefuseAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "1";
        const string detail = "Le site reçoit plus de demandes qu'il ne peut en traiter : réessayez dans un instant.";
        if (Errors.ApiPaths.IsApi(context.Request.Path))
        {
            await Results.Problem(title: "Service momentanément surchargé", detail: detail, statusCode: StatusCodes.Status503ServiceUnavailable).ExecuteAsync(context);
            return;
        }

        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(detail, context.RequestAborted);
    }
}
