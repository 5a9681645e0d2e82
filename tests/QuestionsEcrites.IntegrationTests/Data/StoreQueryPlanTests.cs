using Microsoft.Data.Sqlite;
using QuestionsEcrites.Data.Duplicates;
using QuestionsEcrites.Data.Statistics;
using QuestionsEcrites.Testing;

namespace QuestionsEcrites.IntegrationTests.Data;

/// <summary>
/// The plans SQLite chooses, on the migrated schema, for the hand-written statements that follow the store's
/// changes: they must read the change stamp's index (the few rows changed), never every written question. An index
/// added for a page once turned both into a read of the whole table at every change (1.3 s at a million).
/// </summary>
public sealed class StoreQueryPlanTests : StoreTestBase
{
    [Fact]
    public async Task DuplicateLinkerChunk_ReadsTheChangeStampIndex_InOrder()
    {
        var plan = await PlanAsync(DuplicateLinker.ChunkSql, ("$upTo", 10L), ("$stamp", 1L), ("$id", 0), ("$limit", 501));

        plan.Should().Contain(line => line.Contains("q USING INDEX IX_Questions_ChangeStamp", StringComparison.Ordinal), string.Join('\n', plan));
        plan.Should().NotContain(line => line.Contains("TEMP B-TREE", StringComparison.Ordinal), "the index gives the stamp order: nothing to sort");
        plan.Should().NotContain(line => line.Contains("SCAN q", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ClockRows_ReadTheChangeStampIndex()
    {
        var plan = await PlanAsync(ClockRowReader.Sql, ("$since", 1L), ("$upTo", 10L));

        plan.Should().Contain(line => line.Contains("q USING INDEX IX_Questions_ChangeStamp", StringComparison.Ordinal), string.Join('\n', plan));
        plan.Should().NotContain(line => line.Contains("SCAN q", StringComparison.Ordinal));
    }

    private async Task<List<string>> PlanAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new SqliteConnection(Store.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(3));
        }

        return lines;
    }
}
