using System.Text.Encodings.Web;
using System.Text.Unicode;
using QuestionsEcrites.Web.Api;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using QuestionsEcrites.Search;
using QuestionsEcrites.Web.Caching;
using QuestionsEcrites.Web.Security;

namespace QuestionsEcrites.Web.Hosting;

/// <summary>
/// The site's own services (pages' queries, encoders, error handling, the index follower) and its request pipeline:
/// errors first, then routing, read-only pages, the JSON API and the health endpoint.
/// </summary>
public static class WebPipeline
{
    public static IServiceCollection AddQuestionsWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRazorPages();

        // Links come from the routes (asp-page, LinkGenerator); URLs are lower case, as the contract writes them.
        services.Configure<RouteOptions>(o => o.LowercaseUrls = true);

        // French text stays readable in the HTML (« é », not « &#xE9; »); markup characters are still encoded.
        services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddProblemDetails();
        services.AddExceptionHandler<Errors.ApiExceptionHandler>();
        services.AddScoped<Pages.LatestQuestionsQuery>();
        services.AddScoped<Searching.QuestionSearchService>();
        services.AddSingleton(sp => new Searching.SearchPageCache(sp.GetRequiredService<IOptions<SearchOptions>>().Value.CachedResultPages));
        services.AddSingleton(sp => new Searching.SimilarQuestionsCache(sp.GetRequiredService<IOptions<SearchOptions>>().Value.CachedSimilarLists));
        services.AddScoped<Searching.SimilarQuestionsService>();
        services.AddScoped<Searching.ResultsViewFactory>();
        services.AddScoped<Statistics.AccountabilityService>();
        services.AddScoped<Pages.Questions.QuestionDetailsQuery>();
        services.AddScoped<Feeds.FeedBuilder>();
        services.AddSingleton<Caching.StoreVersion>();
        services.AddMemoryCache();
        services.AddApiDocumentation();
        services.AddStoreOutputCache(configuration);
        services.AddClientRateLimits(configuration);
        services.Configure<WorkGateOptions>(configuration.GetSection(WorkGateOptions.Section));
        services.Configure<ForwardedHeadersOptions>(o => o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);

        // The server's name and version are nobody's business.
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o =>
        {
            o.AddServerHeader = false;
            // A reading site: every request is a GET whose query fits in a line. Bodies are refused past 16 KB (413),
            // request lines past 8 KB (414) and headers past 32 KB (431), before any of our code runs.
            o.Limits.MaxRequestBodySize = 16 * 1024;
            o.Limits.MaxRequestLineSize = 8 * 1024;
            o.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        });
        services.ConfigureHttpJsonOptions(o =>
        {
            // Accents stay readable; markup characters are escaped (\u003C), so no response echoes « <script> » raw.
            o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        });
        services.AddHostedService<IndexSyncService>();
        services.AddHostedService<StatisticsRefreshService>();
        services.AddHostedService<IdenticalTextsService>();
        return services;
    }

    public static WebApplication UseQuestionsPipeline(this WebApplication app)
    {
        // Behind a reverse proxy (documented in the README): the client's address and scheme from its headers, so that
        // rate limits count clients, not the proxy; HSTS once the site is served over HTTPS.
        if (app.Configuration.GetValue<bool>("ForwardedHeaders:Enabled"))
        {
            app.UseForwardedHeaders();
        }

        if (app.Configuration.GetValue<bool>("Security:Hsts"))
        {
            app.UseHsts();
        }

        app.UseMiddleware<Security.SecurityHeadersMiddleware>();
        // In every environment: a search that cannot be served (index being built) must answer 503, not a stack trace.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = Pages.ErrorModel.PageName,
            StatusCodeSelector = Errors.ApiExceptionHandler.StatusCodeOf,
        });
        app.UseWhen(c => Errors.ApiPaths.IsApi(c.Request.Path), api => api.UseStatusCodePages(Errors.ApiStatusCodePages.WriteAsync));
        app.UseWhen(c => !Errors.ApiPaths.IsApi(c.Request.Path), pages => pages.UseStatusCodePagesWithReExecute(Pages.ErrorModel.PageName, "?code={0}"));
        app.UseRouting();
        app.UseMiddleware<Caching.ConditionalGetMiddleware>(); // a current copy costs nothing: before the cache
        app.UseOutputCache();
        app.UseRateLimiter();
        app.UseMiddleware<WorkGateMiddleware>(); // after what answers for free (304, cached copies, refusals)
        app.MapStaticAssets();

        // Pages are read-only: any other method answers 405 with Allow (routing does it once the pages say so);
        // the error page renders for whatever method brought the request to it.
        app.MapRazorPages().WithStaticAssets().Add(endpoint =>
        {
            if (endpoint.DisplayName != Pages.ErrorModel.PageName)
            {
                endpoint.Metadata.Add(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));
            }
        });
        app.MapQuestionsApi();
        app.MapStatisticsApi();
        app.MapHealthApi();
        app.MapApiDocumentation();
        Feeds.FeedEndpoints.MapFeeds(app);
        Downloads.DownloadEndpoints.MapDownloads(app);
        return app;
    }
}
