using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using QuestionsEcrites.Data;
using QuestionsEcrites.Import;
using QuestionsEcrites.Indexing;
using QuestionsEcrites.Search;
using QuestionsEcrites.Search.Indexing;
using QuestionsEcrites.Search.Querying;

namespace QuestionsEcrites.Benchmarks.Benchmarking;

/// <summary>
/// A fresh SQLite file database and Lucene index in one folder, with the product's own services composed as the
/// site and its CLI compose them (store, index, indexing, importer), and the database migrated by the product's <see cref="DbInitializer"/> (WAL journal).
/// </summary>
internal sealed class BenchStore : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private BenchStore(string folder, ServiceProvider services)
    {
        Folder = folder;
        _services = services;
    }

    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "questions.db");

    public string IndexPath => Path.Combine(Folder, "index");

    public ImportService Importer => _services.GetRequiredService<ImportService>();

    public IndexFollower Follower => _services.GetRequiredService<IndexFollower>();

    public IndexSynchronizer Synchronizer => _services.GetRequiredService<IndexSynchronizer>();

    public QuestionSearcher Searcher => _services.GetRequiredService<QuestionSearcher>();

    public QuestionIndex Index => _services.GetRequiredService<QuestionIndex>();

    public QuestionsEcrites.Data.Duplicates.DuplicateLinker Linker => _services.GetRequiredService<QuestionsEcrites.Data.Duplicates.DuplicateLinker>();

    public static async Task<BenchStore> CreateAsync(string folder, TextWriter log, CancellationToken ct)
    {
        Directory.CreateDirectory(folder);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Questions"] = $"Data Source={Path.Combine(folder, "questions.db")}",
                ["Search:IndexPath"] = Path.Combine(folder, "index"),
            })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(new StderrLoggerProvider(log, LogLevel.Warning)).SetMinimumLevel(LogLevel.Warning));
        services.AddQuestionsData(configuration, folder);
        services.AddQuestionsSearch(configuration, folder);
        services.AddQuestionsIndexing();
        services.AddQuestionsImport(configuration);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        await using (var scope = provider.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DbInitializer>().InitializeAsync(ct);
        }

        _ = provider.GetRequiredService<IndexFollower>(); // listens to the importer from its first batch, as in the CLI
        return new BenchStore(folder, provider);
    }

    /// <summary>A read-only connection to the same database, for the raw SQL measurements.</summary>
    public SqliteConnection OpenReadOnlyConnection()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>Folds the write-ahead log into the database file, so that its size is the database's.</summary>
    public void Checkpoint()
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        command.ExecuteNonQuery();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }
}
