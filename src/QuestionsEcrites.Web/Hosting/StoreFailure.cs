using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace QuestionsEcrites.Web.Hosting;

/// <summary>
/// The one French line a person reads when the store cannot be opened, migrated or written (a locked, read-only,
/// corrupt or foreign database file, an index folder out of reach, a setting
/// out of range): the reason, never a stack trace. Shared by the
/// verbs and the site's start.
/// </summary>
public static class StoreFailure
{
    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            OptionsValidationException invalid => $"réglage invalide : {string.Join(" ; ", invalid.Failures)}",
            // The binder names the key and the value; its inner exceptions only say the text is not a number.
            InvalidOperationException { InnerException: ArgumentException or FormatException } binding
                when binding.Message.Contains("configuration value", StringComparison.Ordinal) => $"réglage invalide : {binding.Message}",
            IOException or UnauthorizedAccessException => $"erreur d'accès aux fichiers : {exception.Message}",
            SqliteException sqlite => $"erreur de la base SQLite : {sqlite.Message}",
            _ when exception.GetBaseException() is SqliteException inner => $"erreur de la base SQLite : {inner.Message}",
            _ => $"erreur : {exception.GetBaseException().Message}",
        };
    }
}
