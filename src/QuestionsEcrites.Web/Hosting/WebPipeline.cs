using System.Text.Encodings.Web;
using System.Text.Unicode;
using QuestionsEcrites.Web.Api;

namespace QuestionsEcrites.Web.Hosting;

public static class WebPipeline
{
    public static IServiceCollection AddQuestionsWeb(this IServiceCollection services)
    {
        services.AddRazorPages();

        // French text stays readable in the HTML (« é », not « &#xE9; »); markup characters are still encoded.
        services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddProblemDetails();
        services.AddScoped<Browsing.QuestionBrowser>();
        services.AddScoped<Searching.QuestionSearchService>();
        services.AddScoped<Searching.ResultsViewFactory>();
        services.AddScoped<Browsing.StatisticsService>();
        services.AddScoped<Browsing.QuestionDetailsQuery>();
        services.AddMemoryCache();
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Encoder = QuestionsEcrites.Data.Export.ExportJson.Options.Encoder;
        });
        services.AddHostedService<IndexSyncService>();
        services.AddHostedService<SearchWarmUpService>();
        return services;
    }

    public static WebApplication UseQuestionsPipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
        }

        app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        app.UseRouting();
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        app.MapQuestionsApi();
        app.MapHealthApi();
        return app;
    }
}
