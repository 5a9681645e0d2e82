using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
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

    public QuestionsApp()
    {
        _keepAlive = new SqliteConnection(_connectionString);
        _keepAlive.Open();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Questions", _connectionString);
        builder.UseSetting("Search:IndexPath", Path.Combine(_folder.Path, "index"));
        builder.UseSetting("Import:SeedsPath", RepoPaths.Seeds);
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
