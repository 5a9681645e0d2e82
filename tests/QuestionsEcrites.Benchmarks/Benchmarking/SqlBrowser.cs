using Microsoft.Data.Sqlite;

namespace QuestionsEcrites.Benchmarks.Benchmarking;

/// <summary>A browse page in SQL: the total (COUNT) and one page of ids, newest first, as the index orders them.</summary>
internal sealed class SqlBrowser : IDisposable
{
    private readonly SqliteCommand _count;
    private readonly SqliteCommand _page;

    public SqlBrowser(SqliteConnection connection, SqlFilter filter, int page, int pageSize)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(filter);
        _count = connection.CreateCommand();
        _count.CommandText = $"SELECT COUNT(*) FROM Questions q WHERE {filter.Where}";
        filter.Bind(_count);
        _count.Prepare();
        _page = connection.CreateCommand();
        _page.CommandText = $"SELECT q.Id FROM Questions q WHERE {filter.Where} ORDER BY q.PublishedOn DESC, q.Legislature DESC, q.Number DESC LIMIT $size OFFSET $offset";
        filter.Bind(_page);
        _page.Parameters.AddWithValue("$size", pageSize);
        _page.Parameters.AddWithValue("$offset", (page - 1) * pageSize);
        _page.Prepare();
    }

    /// <summary>The total and the page's ids.</summary>
    public (int Total, List<int> Ids) Browse()
    {
        var total = Convert.ToInt32(_count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        var ids = new List<int>();
        using var reader = _page.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetInt32(0));
        }

        return (total, ids);
    }

    public void Dispose()
    {
        _count.Dispose();
        _page.Dispose();
    }
}
