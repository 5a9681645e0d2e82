using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;
using QuestionsEcrites.Benchmarks.Benchmarking.Results;
using QuestionsEcrites.Search.Querying;

namespace QuestionsEcrites.Benchmarks.Benchmarking;

/// <summary>
/// What a user would set up instead: SQLite FTS5 (in the SQLite bundle) over the same questions, tokenizer
/// <c>unicode61 remove_diacritics 2</c>, in a database file of its own so that its size is known. Each query returns
/// the total and the 20 best by bm25 (title weighted as in the index), the same work as the engine without facets.
/// </summary>
internal sealed class Fts5Comparison(string folder, string questionsDatabase)
{
    private string Path => System.IO.Path.Combine(folder, "fts5.db");

    /// <summary>Whether an earlier <see cref="Build"/> left its database.</summary>
    public bool Exists => File.Exists(Path);

    public (double Seconds, long Bytes) Build()
    {
        File.Delete(Path);
        var stopwatch = Stopwatch.StartNew();
        using var connection = Open();
        Execute(connection, $"ATTACH DATABASE '{questionsDatabase.Replace("'", "''", StringComparison.Ordinal)}' AS store;");
        Execute(connection, "CREATE VIRTUAL TABLE fts USING fts5(title, text, answer, tokenize = 'unicode61 remove_diacritics 2');");
        Execute(connection, """
            INSERT INTO fts(rowid, title, text, answer)
            SELECT q."Id", q."Title", q."Text", a."Text" FROM store."Questions" AS q LEFT JOIN store."Answers" AS a ON a."QuestionId" = q."Id";
            """);
        Execute(connection, "INSERT INTO fts(fts) VALUES('optimize');");
        Execute(connection, "DETACH DATABASE store;");
        var seconds = stopwatch.Elapsed.TotalSeconds;
        connection.Close();
        SqliteConnection.ClearPool(connection);
        return (seconds, new FileInfo(Path).Length);
    }

    public List<Fts5Measurement> Measure(LatencyMeter meter, QuestionSearcher searcher, IReadOnlyList<QuerySet> sets)
    {
        using var connection = Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM fts WHERE fts MATCH $q;";
        var countParameter = count.Parameters.Add("$q", SqliteType.Text);
        using var top = connection.CreateCommand();
        top.CommandText = "SELECT rowid FROM fts WHERE fts MATCH $q ORDER BY bm25(fts, 3.0, 1.0, 0.8) LIMIT 20;";
        var topParameter = top.Parameters.Add("$q", SqliteType.Text);
        count.Prepare();
        top.Prepare();

        var results = new List<Fts5Measurement>();
        foreach (var set in sets)
        {
            var matches = set.Queries.Select(ToFts5).ToArray();
            long Run(int i)
            {
                countParameter.Value = matches[i];
                var total = (long)count.ExecuteScalar()!;
                topParameter.Value = matches[i];
                using var reader = top.ExecuteReader();
                while (reader.Read())
                {
                }

                return total;
            }

            var hits = Enumerable.Range(0, matches.Length).Average(i => (double)Run(i));
            var fts = meter.Measure(matches.Length, i => Run(i));
            var requests = set.Queries.Select(q => new QuestionSearchRequest { Text = q, IncludeFacets = false }).ToArray();
            var lucene = meter.Measure(requests.Length, i => searcher.Search(requests[i]));
            results.Add(new Fts5Measurement(set.Name, Math.Round(hits, 1), fts, lucene));
        }

        return results;
    }

    /// <summary>The query in FTS5 syntax: each word a quoted term (all required), a phrase one quoted string.</summary>
    public static string ToFts5(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.StartsWith('"'))
        {
            return query;
        }

        var builder = new StringBuilder();
        foreach (var word in query.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Append('"').Append(word.Replace("\"", string.Empty, StringComparison.Ordinal)).Append("\" ");
        }

        return builder.ToString().TrimEnd();
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={Path}");
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        command.ExecuteNonQuery();
    }
}
