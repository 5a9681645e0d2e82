using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using QuestionsEcrites.Data.Export;

namespace QuestionsEcrites.Data;

public static class DependencyInjection
{
    /// <summary>
    /// Registers the SQLite store. A relative database path in <c>ConnectionStrings:Questions</c> is resolved under
    /// <paramref name="contentRoot"/>, and its folder is created.
    /// </summary>
    public static IServiceCollection AddQuestionsData(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var connectionString = ResolveConnectionString(
            configuration.GetConnectionString(DataOptions.ConnectionStringName) ?? DataOptions.DefaultConnectionString,
            contentRoot);
        // The factory serves the importer (a fresh context per batch); it also registers the scoped context for pages.
        services.AddDbContextFactory<QuestionsDbContext>(options => options.UseSqlite(connectionString));
        services.AddScoped<QuestionExportReader>();
        services.AddSingleton<Statistics.ClockRowReader>();
        services.AddSingleton<Statistics.StatisticsNamesReader>();
        services.AddSingleton(Statistics.SnapshotFile.For(connectionString));
        services.AddSingleton<Statistics.AccountabilitySnapshotSource>();
        services.AddScoped<DbInitializer>();
        services.AddSingleton<Changes.StoreChangeSignal>();
        services.AddSingleton<Duplicates.DuplicateLinker>();
        services.AddScoped<Duplicates.IdenticalTextsQuery>();
        services.AddScoped<Duplicates.IdenticalClustersQuery>();
        return services;
    }

    public static string ResolveConnectionString(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var dataSource = builder.DataSource;
        var inMemory = builder.Mode == SqliteOpenMode.Memory || dataSource == ":memory:" || dataSource.Length == 0;
        if (!inMemory)
        {
            if (!Path.IsPathRooted(dataSource))
            {
                builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, dataSource));
            }

            var folder = Path.GetDirectoryName(builder.DataSource);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        return builder.ToString();
    }
}
