using Microsoft.Data.Sqlite;

namespace QuestionsEcrites.Benchmarks.Benchmarking;

/// <summary>
/// The SQL twin of a browse filter (written questions only, as the searcher's default), with the lookups'
/// ids resolved once, as a site would keep them: rubrique, ministry (asked or assigned), status, legislature.
/// </summary>
internal sealed record SqlFilter(int? RubriqueId, int? MinistryId, string? Status, int? Legislature)
{
    public string Where
    {
        get
        {
            var clauses = new List<string> { "q.Type = 'QE'" };
            if (RubriqueId is not null)
            {
                clauses.Add("q.RubriqueId = $rubrique");
            }

            if (MinistryId is not null)
            {
                clauses.Add("(q.MinistryAssignedId = $ministry OR q.MinistryAskedId = $ministry)");
            }

            if (Status is not null)
            {
                clauses.Add("q.Status = $status");
            }

            if (Legislature is not null)
            {
                clauses.Add("q.Legislature = $legislature");
            }

            return string.Join(" AND ", clauses);
        }
    }

    public static SqlFilter Resolve(SqliteConnection connection, string? rubriqueSlug, string? ministrySlug, string? status, int? legislature)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return new SqlFilter(
            rubriqueSlug is null ? null : IdOf(connection, "Rubriques", rubriqueSlug),
            ministrySlug is null ? null : IdOf(connection, "Ministries", ministrySlug),
            status is null ? null : char.ToUpperInvariant(status[0]) + status[1..],
            legislature);
    }

    public void Bind(SqliteCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (RubriqueId is { } rubrique)
        {
            command.Parameters.AddWithValue("$rubrique", rubrique);
        }

        if (MinistryId is { } ministry)
        {
            command.Parameters.AddWithValue("$ministry", ministry);
        }

        if (Status is { } status)
        {
            command.Parameters.AddWithValue("$status", status);
        }

        if (Legislature is { } legislature)
        {
            command.Parameters.AddWithValue("$legislature", legislature);
        }
    }

    private static int IdOf(SqliteConnection connection, string table, string slug)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT Id FROM {table} WHERE Slug = $slug";
        command.Parameters.AddWithValue("$slug", slug);
        return command.ExecuteScalar() is long id ? (int)id : -1;
    }
}
