using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using QuestionsEcrites.Data;
using QuestionsEcrites.Data.Duplicates;
using QuestionsEcrites.Search.Indexing;
using QuestionsEcrites.Testing;

namespace QuestionsEcrites.IntegrationTests.Infrastructure;

/// <summary>
/// The whole site over a private in-memory SQLite database (kept alive by one open connection), which imports
/// the real seeds at start-up as a fresh install does.
/// </summary>
public sealed class QuestionsApp : WebApplicationFactory<Program>
{
    private readonly string _connectionString = TestStore.NewInMemoryConnectionString();
    private readonly SqliteConnection _keepAlive;
    private readonly TempFolder _folder = new();

    /// <summary>The date the pages take as today: 23 November 2026.</summary>
    public static readonly DateTimeOffset Today = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    public QuestionsApp()
    {
        _keepAlive = new SqliteConnection(_connectionString);
        _keepAlive.Open();
    }

    /// <summary>Configuration overrides (e.g. <c>Search:SyncIntervalSeconds</c>), set before the site starts.</summary>
    public IReadOnlyList<(string Key, string Value)> Settings { get; init; } = [];

    /// <summary>The site's index folder (a per-factory temp folder).</summary>
    public string IndexPath => Path.Combine(_folder.Path, "index");

    /// <summary>
    /// Waits until the background services have followed the store (the index synced, the identical texts linked),
    /// so that the store version, hence every validator, holds still: a test comparing two responses starts here.
    /// </summary>
    public async Task SettledAsync()
    {
        using var client = CreateClient(); // starts the site
        var index = Services.GetRequiredService<QuestionIndex>();
        var linker = Services.GetRequiredService<DuplicateLinker>();
        var version = Services.GetRequiredService<QuestionsEcrites.Web.Caching.StoreVersion>();
        await using var db = await Services.GetRequiredService<IDbContextFactory<QuestionsDbContext>>().CreateDbContextAsync();
        var upTo = await db.Questions.MaxAsync(q => (long?)q.ChangeStamp) ?? 0;
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        while (!(Synced(index) >= upTo && linker.Stamp >= upTo && version.Current is { } current && current.Contains($".{linker.Stamp:x}.", StringComparison.Ordinal)))
        {
            if (stopwatch.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new TimeoutException($"The site did not follow the store up to {upTo} within a minute.");
            }

            await Task.Delay(50);
        }
    }

    private static long Synced(QuestionIndex index)
    {
        try
        {
            return index.SyncedUpTo;
        }
        catch (IndexUnavailableException)
        {
            return -1;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Questions", _connectionString);
        builder.UseSetting("Search:IndexPath", IndexPath);
        builder.UseSetting("Import:SeedsPath", RepoPaths.Seeds);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new FixedTimeProvider(Today)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _keepAlive.Dispose();
            _folder.Dispose();
        }
    }
}
