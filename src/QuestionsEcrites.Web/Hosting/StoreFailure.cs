using Microsoft.Data.Sqlite;

namespace QuestionsEcrites.Web.Hosting;

/// <summary>
/// The one French line a person reads when the store cannot be opened, migrated or written (a locked, read-only,
/// corrupt or foreign database file, an index folder out of reach): the reason, never a stack trace. Shared by the
/// verbs and the site's start.
/// </summary>
public static class StoreFailure
{
    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            IOException or UnauthorizedAccessException => $"erreur d'accès aux fichiers : {exception.Message}",
            SqliteException sqlite => $"erreur de la base SQLite : {sqlite.Message}",
            _ when exception.GetBaseException() is SqliteException inner => $"erreur de la base SQLite : {inner.Message}",
            _ => $"erreur : {exception.GetBaseException().Message}",
        };
    }
}
