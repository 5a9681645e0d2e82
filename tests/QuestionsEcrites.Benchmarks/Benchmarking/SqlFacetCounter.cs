using Microsoft.Data.Sqlite;

namespace QuestionsEcrites.Benchmarks.Benchmarking;

/// <summary>
/// The facet counts of a filtered set computed in SQL: one prepared GROUP BY per facet (rubrique, ministry asked
/// or assigned, group, status, year, legislature), labelled as the index labels them.
/// </summary>
internal sealed class SqlFacetCounter : IDisposable
{
    private readonly List<(string Facet, SqliteCommand Command)> _commands = [];

    public SqlFacetCounter(SqliteConnection connection, SqlFilter filter)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(filter);
        var where = filter.Where;
        Add(connection, filter, "rubrique", $"SELECT r.Name, COUNT(*) FROM Questions q JOIN Rubriques r ON r.Id = q.RubriqueId WHERE {where} GROUP BY q.RubriqueId");
        Add(connection, filter, "ministere", $"SELECT m.Name, COUNT(*) FROM Questions q JOIN Ministries m ON m.Id = q.MinistryAssignedId OR m.Id = q.MinistryAskedId WHERE {where} GROUP BY m.Id");
        Add(connection, filter, "groupe", $"SELECT g.Name, COUNT(*) FROM Questions q JOIN PoliticalGroups g ON g.Id = q.GroupId WHERE {where} GROUP BY q.GroupId");
        Add(connection, filter, "statut", $"SELECT lower(q.Status), COUNT(*) FROM Questions q WHERE {where} GROUP BY q.Status");
        Add(connection, filter, "annee", $"SELECT substr(q.PublishedOn, 1, 4), COUNT(*) FROM Questions q WHERE {where} AND q.PublishedOn IS NOT NULL GROUP BY 1");
        Add(connection, filter, "legislature", $"SELECT CAST(q.Legislature AS TEXT), COUNT(*) FROM Questions q WHERE {where} GROUP BY q.Legislature");
    }

    public Dictionary<string, Dictionary<string, int>> Count()
    {
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var (facet, command) in _commands)
        {
            var values = new Dictionary<string, int>(StringComparer.Ordinal);
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    values[reader.GetString(0)] = reader.GetInt32(1);
                }
            }

            counts[facet] = values;
        }

        return counts;
    }

    public void Dispose()
    {
        foreach (var (_, command) in _commands)
        {
            command.Dispose();
        }
    }

    private void Add(SqliteConnection connection, SqlFilter filter, string facet, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        filter.Bind(command);
        command.Prepare();
        _commands.Add((facet, command));
    }
}
