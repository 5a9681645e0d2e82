using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
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
