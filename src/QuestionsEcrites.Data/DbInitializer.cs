using Microsoft.Extensions.Logging;

namespace QuestionsEcrites.Data;

/// <summary>Brings the database to the latest migration at start-up, with SQLite's write-ahead log.</summary>
public sealed partial class DbInitializer(QuestionsDbContext db, ILogger<DbInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken ct)
    {
        try
        {
            // WAL lets readers (the site) run while an import writes; the mode is persistent in the file.
            if (db.Database.IsRelational() && !IsInMemory())
            {
                await db.Database.OpenConnectionAsync(ct);
                try
                {
                    await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
                }
                finally
                {
                    await db.Database.CloseConnectionAsync();
                }
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            if (pending.Count > 0)
            {
                LogMigrating(pending.Count, string.Join(", ", pending));
                await db.Database.MigrateAsync(ct);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The caller tells the person in French; the log keeps the reason without the stack.
            LogFailed(ex.GetBaseException().Message);
            throw;
        }
    }

    public async Task<bool> IsEmptyAsync(CancellationToken ct) => !await db.Questions.AnyAsync(ct);

    private bool IsInMemory()
    {
        var dataSource = db.Database.GetDbConnection().DataSource;
        return string.IsNullOrEmpty(dataSource) || dataSource.Contains(":memory:", StringComparison.Ordinal);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying {Count} migration(s): {Migrations}")]
    private partial void LogMigrating(int count, string migrations);

    [LoggerMessage(Level = LogLevel.Error, Message = "Database initialisation failed: {Reason}")]
    private partial void LogFailed(string reason);
}
