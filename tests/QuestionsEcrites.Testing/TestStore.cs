using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using QuestionsEcrites.Data;
using QuestionsEcrites.Data.Export;
using QuestionsEcrites.Import;
using QuestionsEcrites.Indexing;
using QuestionsEcrites.Search;
using QuestionsEcrites.Search.Indexing;
using QuestionsEcrites.Search.Querying;

namespace QuestionsEcrites.Testing;

/// <summary>
/// A private SQLite database in memory (shared cache, kept alive by one open connection) with the real data and
/// import services over it, migrated as at start-up.
/// </summary>
public sealed class TestStore : IAsyncDisposable
{
    private readonly SqliteConnection _keepAlive;
    private readonly TempFolder _indexFolder;

    private TestStore(SqliteConnection keepAlive, TempFolder indexFolder, ServiceProvider services, string connectionString)
    {
        _keepAlive = keepAlive;
        _indexFolder = indexFolder;
        Services = services;
        ConnectionString = connectionString;
    }

    public ServiceProvider Services { get; }

    public string ConnectionString { get; }

    public ImportService Importer => Services.GetRequiredService<ImportService>();

    public QuestionSearcher Searcher => Services.GetRequiredService<QuestionSearcher>();

    public QuestionIndex Index => Services.GetRequiredService<QuestionIndex>();

    public string IndexPath => Path.Combine(_indexFolder.Path, "index");

    public static string NewInMemoryConnectionString() => $"Data Source=qe-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";

    public static async Task<TestStore> CreateAsync(int batchSize = 2_000)
    {
        var connectionString = NewInMemoryConnectionString();
        var keepAlive = new SqliteConnection(connectionString);
        await keepAlive.OpenAsync();
        var indexFolder = new TempFolder();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Questions"] = connectionString,
                ["Import:BatchSize"] = batchSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Search:IndexPath"] = Path.Combine(indexFolder.Path, "index"),
            })
            .Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddQuestionsData(configuration, AppContext.BaseDirectory)
            .AddQuestionsSearch(configuration, AppContext.BaseDirectory)
            .AddQuestionsIndexing()
            .AddQuestionsImport(configuration)
            .BuildServiceProvider(validateScopes: true);
        _ = services.GetRequiredService<IndexFollower>(); // listening before the first import, as in the site
        var store = new TestStore(keepAlive, indexFolder, services, connectionString);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DbInitializer>().InitializeAsync(CancellationToken.None);
        return store;
    }

    public QuestionsDbContext CreateDbContext() => Services.GetRequiredService<IDbContextFactory<QuestionsDbContext>>().CreateDbContext();

    public IndexFollower Follower => Services.GetRequiredService<IndexFollower>();

    /// <summary>Imports paths relative to the repository root, then waits until the index holds them.</summary>
    public Task<ImportReport> ImportAsync(params string[] paths) => ImportFromAsync(RepoPaths.Root, paths);

    /// <summary>Imports paths relative to <paramref name="baseDirectory"/>, then waits until the index holds them.</summary>
    public async Task<ImportReport> ImportFromAsync(string baseDirectory, params string[] paths)
    {
        var report = await Importer.ImportAsync(paths, baseDirectory, progress: null, CancellationToken.None);
        await Follower.CatchUpAsync(CancellationToken.None);
        return report;
    }

    public async Task<List<QuestionExport>> ExportAsync()
    {
        await using var db = CreateDbContext();
        var list = new List<QuestionExport>();
        await foreach (var question in new QuestionExportReader(db).ReadAllAsync(CancellationToken.None))
        {
            list.Add(question);
        }

        return list;
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await _keepAlive.DisposeAsync();
        _indexFolder.Dispose();
    }
}
