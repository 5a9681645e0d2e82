using QuestionsEcrites.Import;
using QuestionsEcrites.Indexing;
using QuestionsEcrites.Search;
using QuestionsEcrites.Web.Cli;
using QuestionsEcrites.Web.Hosting;

if (CliArguments.HasVerb(args))
{
    using var cancellation = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) =>
    {
        e.Cancel = true;
        cancellation.Cancel();
    };
    return await CliApplication.RunAsync(args, CliConsole.System, cancellation.Token);
}

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddShippedAppSettings();

// Serve wwwroot from the project when run with `dotnet run` in any environment (a no-op once published).
builder.WebHost.UseStaticWebAssets();
Program.AddQuestions(builder.Services, builder.Configuration, builder.Environment.ContentRootPath).AddQuestionsWeb(builder.Configuration);

var app = builder.Build();

try
{
    await using (var scope = app.Services.CreateAsyncScope())
    {
        await scope.ServiceProvider.GetRequiredService<StoreInitializer>().InitializeAsync(site: true, app.Lifetime.ApplicationStopping);
    }

    // Settings checked here rather than inside StartAsync, whose failure the host also logs with a stack trace.
    app.Services.GetService<Microsoft.Extensions.Options.IStartupValidator>()?.Validate();
    app.UseQuestionsPipeline();
    await app.StartAsync();
}
catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException))
{
    // A database the site cannot open or migrate, a setting out of range, a port taken: one French line and exit
    // code 1, not an unhandled exception.
    await Console.Error.WriteLineAsync($"le site ne peut pas démarrer : {StoreFailure.Describe(ex)}");
    return 1;
}

await app.WaitForShutdownAsync();
return 0;

public partial class Program
{
    /// <summary>
    /// The composition of the site and of the command-line verbs, each library explicitly. Data flows one way: the
    /// importer writes the store and signals it, the indexing follows, pages and verbs read both.
    /// </summary>
    internal static IServiceCollection AddQuestions(IServiceCollection services, IConfiguration configuration, string contentRoot) =>
        services
            .AddQuestionsData(configuration, contentRoot)
            .AddQuestionsSearch(configuration, contentRoot)
            .AddQuestionsIndexing()
            .AddQuestionsImport(configuration)
            .AddQuestionsHosting(contentRoot);
}
