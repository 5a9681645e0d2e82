using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using QuestionsEcrites.Testing;

namespace QuestionsEcrites.BrowserTests.Infrastructure;

/// <summary>
/// The whole site on a real Kestrel socket (127.0.0.1, a free port) for a browser to reach, over a private in-memory
/// SQLite database kept alive by one open connection; it imports the real seeds at start-up as a fresh install does.
/// Configured as the integration tests' QuestionsApp.
/// </summary>
public sealed class KestrelQuestionsApp : WebApplicationFactory<Program>
{
    private readonly string _connectionString = TestStore.NewInMemoryConnectionString();
    private readonly SqliteConnection _keepAlive;
    private readonly TempFolder _folder = new();

    public KestrelQuestionsApp()
    {
        _keepAlive = new SqliteConnection(_connectionString);
        _keepAlive.Open();
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>Starts the site (migration and seed import included) and returns the address Kestrel bound, such as http://127.0.0.1:41234/.</summary>
    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        return new Uri(addresses.Single().TrimEnd('/') + "/");
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
