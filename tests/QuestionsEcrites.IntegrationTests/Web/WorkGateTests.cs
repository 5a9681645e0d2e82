using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using QuestionsEcrites.Web.Hosting;

namespace QuestionsEcrites.IntegrationTests.Web;

/// <summary>
/// The work gate: at most N requests work at once, the next ones wait their turn in order, a full queue is refused
/// in French with 503 and Retry-After, and what needs no turn (downloads, health) never waits.
/// </summary>
public sealed class WorkGateTests
{
    private readonly List<TaskCompletionSource> _held = [];
    private int _working;
    private int _mostAtOnce;

    [Fact]
    public async Task Gate_AtMostTheLimitWorkAtOnce_OthersWaitThenRun()
    {
        var gate = Gate(concurrency: 2, queued: 10);

        var requests = Enumerable.Range(0, 5).Select(_ => gate.InvokeAsync(Context("/questions"))).ToList();
        await WaitUntilAsync(() => Volatile.Read(ref _working) == 2);
        requests.Count(r => r.IsCompleted).Should().Be(0);
        _mostAtOnce.Should().Be(2);

        for (var released = 0; released < 5; released++)
        {
            await WaitUntilAsync(() => HeldCount() > released);
            Release(released);
        }

        await Task.WhenAll(requests);
        _mostAtOnce.Should().Be(2, "never more than the limit, though five came at once");
    }

    [Fact]
    public async Task Gate_QueueFull_503InFrench_RetryAfter_ApiAsProblem()
    {
        var gate = Gate(concurrency: 1, queued: 1);
        var working = gate.InvokeAsync(Context("/questions"));
        var waiting = gate.InvokeAsync(Context("/questions"));
        await WaitUntilAsync(() => HeldCount() == 1);

        var page = Context("/questions");
        await gate.InvokeAsync(page);
        var api = Context("/api/questions");
        await gate.InvokeAsync(api);

        page.Response.StatusCode.Should().Be(StatusCodes.Status503ServiceUnavailable);
        page.Response.Headers.RetryAfter.ToString().Should().Be("1");
        Body(page).Should().Contain("réessayez dans un instant");
        api.Response.StatusCode.Should().Be(StatusCodes.Status503ServiceUnavailable);
        api.Response.ContentType.Should().StartWith("application/problem+json");
        Body(api).Should().Contain("réessayez dans un instant");

        Release(0);
        await WaitUntilAsync(() => HeldCount() == 2);
        Release(1);
        await Task.WhenAll(working, waiting);
    }

    [Fact]
    public async Task Gate_DownloadsAndHealth_NeverWait()
    {
        var gate = Gate(concurrency: 1, queued: 0);
        var working = gate.InvokeAsync(Context("/questions"));
        await WaitUntilAsync(() => HeldCount() == 1);

        var download = gate.InvokeAsync(Context("/telechargement/questions.csv"));
        var health = gate.InvokeAsync(Context("/api/sante"));
        await WaitUntilAsync(() => HeldCount() == 3);

        Release(1);
        Release(2);
        await Task.WhenAll(download, health);
        Release(0);
        await working;
    }

    [Fact]
    public async Task Gate_ClientLeavesWhileWaiting_NotRun_TurnNotLost()
    {
        var gate = Gate(concurrency: 1, queued: 5);
        var working = gate.InvokeAsync(Context("/questions"));
        await WaitUntilAsync(() => HeldCount() == 1);
        using var leaving = new CancellationTokenSource();
        var gone = Context("/questions", leaving.Token);
        var waiting = gate.InvokeAsync(gone);

        await leaving.CancelAsync();
        await waiting;
        HeldCount().Should().Be(1, "the request that left never ran");

        Release(0);
        await working;
        var next = gate.InvokeAsync(Context("/questions"));
        await WaitUntilAsync(() => HeldCount() == 2);
        Release(1);
        await next;
    }

    private WorkGateMiddleware Gate(int concurrency, int queued) => new(
        async _ =>
        {
            var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_held)
            {
                _held.Add(held);
            }

            var now = Interlocked.Increment(ref _working);
            lock (_held)
            {
                _mostAtOnce = Math.Max(_mostAtOnce, now);
            }

            await held.Task;
            Interlocked.Decrement(ref _working);
        },
        Options.Create(new WorkGateOptions { MaxConcurrentRequests = concurrency, MaxQueuedRequests = queued }));

    private static DefaultHttpContext Context(string path, CancellationToken aborted = default)
    {
        var context = new DefaultHttpContext { RequestAborted = aborted };
        context.Request.Path = path;
        context.Response.Body = new MemoryStream();
        context.RequestServices = new ServiceCollection()
            .AddLogging().AddProblemDetails().BuildServiceProvider();
        return context;
    }

    private static string Body(HttpContext context) => System.Text.Encoding.UTF8.GetString(((MemoryStream)context.Response.Body).ToArray());

    private int HeldCount()
    {
        lock (_held)
        {
            return _held.Count;
        }
    }

    private void Release(int index)
    {
        lock (_held)
        {
            _held[index].SetResult();
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            DateTime.UtcNow.Should().BeBefore(deadline, "the condition should hold within 10 s");
            await Task.Delay(5);
        }
    }
}
