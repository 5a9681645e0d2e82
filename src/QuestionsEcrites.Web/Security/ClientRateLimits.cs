using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace QuestionsEcrites.Web.Security;

/// <summary>The limits of <see cref="ClientRateLimits"/> (section <c>RateLimiting</c>).</summary>
public sealed class RateLimitOptions
{
    /// <summary>Requests a client address may make to the API and the feeds per minute (a token bucket: bursts allowed).</summary>
    public int RequestsPerMinute { get; set; } = 600;

    /// <summary>Whole-list downloads a client address may start per minute (each may be a million rows).</summary>
    public int DownloadsPerMinute { get; set; } = 10;

    /// <summary>Whole-list downloads one client address may run at once.</summary>
    public int ConcurrentDownloads { get; set; } = 2;
}

/// <summary>
/// ASP.NET Core's rate limiter on the machine routes, per client address (the proxy's forwarded address when
/// <c>ForwardedHeaders:Enabled</c>): the API and the feeds by a token bucket, the downloads by starts per minute and
/// at once. Pages are not limited (people read them); the health check never is. A refused request gets 429 with
/// <c>Retry-After</c> and a French problem+json.
/// </summary>
public static class ClientRateLimits
{
    public const string ApiPolicy = "api";
    public const string DownloadPolicy = "downloads";

    public static IServiceCollection AddClientRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("RateLimiting").Get<RateLimitOptions>() ?? new RateLimitOptions();
        return services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(ApiPolicy, http => RateLimitPartition.GetTokenBucketLimiter(ClientOf(http), _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = Math.Max(1, options.RequestsPerMinute),
                TokensPerPeriod = Math.Max(1, options.RequestsPerMinute),
                ReplenishmentPeriod = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
            limiter.AddPolicy(DownloadPolicy, http => RateLimitPartition.Get(ClientOf(http), _ => new DownloadLimiter(options)));
            limiter.OnRejected = async (context, ct) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(60);
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await Results.Problem(
                    title: "Trop de requêtes",
                    detail: $"Cette adresse a fait trop de requêtes : réessayez dans {seconds} seconde(s).",
                    statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(context.HttpContext);
            };
        });
    }

    private static string ClientOf(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "inconnue";

    /// <summary>Starts per minute (a fixed window) and downloads at once (a concurrency limit), both required.</summary>
    private sealed class DownloadLimiter(RateLimitOptions options) : RateLimiter
    {
        private readonly FixedWindowRateLimiter _starts = new(new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, options.DownloadsPerMinute), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
        private readonly ConcurrencyLimiter _running = new(new ConcurrencyLimiterOptions { PermitLimit = Math.Max(1, options.ConcurrentDownloads), QueueLimit = 0 });

        public override TimeSpan? IdleDuration => _starts.IdleDuration is { } a && _running.IdleDuration is { } b ? (a < b ? a : b) : null;

        public override RateLimiterStatistics? GetStatistics() => _running.GetStatistics();

        protected override RateLimitLease AttemptAcquireCore(int permitCount)
        {
            var running = _running.AttemptAcquire(permitCount);
            if (!running.IsAcquired)
            {
                return running;
            }

            var start = _starts.AttemptAcquire(permitCount);
            if (start.IsAcquired)
            {
                return new BothLease(running, start);
            }

            running.Dispose();
            return start;
        }

        protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) => ValueTask.FromResult(AttemptAcquireCore(permitCount));

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _starts.Dispose();
                _running.Dispose();
            }

            base.Dispose(disposing);
        }

        private sealed class BothLease(RateLimitLease running, RateLimitLease start) : RateLimitLease
        {
            public override bool IsAcquired => true;

            public override IEnumerable<string> MetadataNames => [];

            public override bool TryGetMetadata(string metadataName, out object? metadata)
            {
                metadata = null;
                return false;
            }

            protected override void Dispose(bool disposing)
            {
                if (disposing)
                {
                    running.Dispose();
                    start.Dispose();
                }

                base.Dispose(disposing);
            }
        }
    }
}
