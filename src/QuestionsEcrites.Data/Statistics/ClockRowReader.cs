using System.Data.Common;

namespace QuestionsEcrites.Data.Statistics;

/// <summary>
/// Reads the written questions' clock rows (<see cref="ClockRow"/>) changed after a stamp, in one pass of plain
/// SQL: dates come out of SQLite as day numbers, the ministry is the one that must answer (the last attributaire,
/// else the one asked).
/// </summary>
public sealed class ClockRowReader(IDbContextFactory<QuestionsDbContext> dbFactory)
{
    // julianday('0001-01-01') = 1721425.5: subtracting it gives DateOnly.DayNumber.
    private const string Sql = """
        SELECT q."Id", q."Legislature", q."Number", COALESCE(q."MinistryAssignedId", q."MinistryAskedId", 0),
               COALESCE(q."AuthorId", 0), COALESCE(q."GroupId", 0), COALESCE(q."RubriqueId", 0),
               COALESCE(CAST(julianday(q."PublishedOn") - 1721425.5 AS INTEGER), 0),
               COALESCE(CAST(julianday(a."PublishedOn") - 1721425.5 AS INTEGER), 0),
               COALESCE(CAST(julianday(q."SignaledOn") - 1721425.5 AS INTEGER), 0),
               COALESCE(CAST(julianday(q."ClosedOn") - 1721425.5 AS INTEGER), 0),
               q."Status"
        FROM "Questions" AS q LEFT JOIN "Answers" AS a ON a."QuestionId" = q."Id"
        WHERE q."Type" = 'QE' AND q."ChangeStamp" > $since AND q."ChangeStamp" <= $upTo
        """;

    public async Task<long> LatestStampAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Questions.MaxAsync(q => (long?)q.ChangeStamp, ct) ?? 0;
    }

    /// <summary>
    /// The rows written after <paramref name="since"/>, and the stamp they are complete up to: the store's latest,
    /// read first, so a batch committed meanwhile is left to the next read, never missed.
    /// </summary>
    public async Task<(List<ClockRow> Rows, long UpTo)> ReadSinceAsync(long since, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var upTo = await db.Questions.MaxAsync(q => (long?)q.ChangeStamp, ct) ?? 0;
        var rows = new List<ClockRow>();
        if (upTo <= since)
        {
            return (rows, since);
        }

        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = Sql;
        AddParameter(command, "$since", since);
        AddParameter(command, "$upTo", upTo);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new ClockRow(
                reader.GetInt32(0),
                (short)reader.GetInt32(1),
                reader.GetInt32(2),
                reader.GetInt32(3),
                reader.GetInt32(4),
                reader.GetInt32(5),
                reader.GetInt32(6),
                reader.GetInt32(7),
                reader.GetInt32(8),
                reader.GetInt32(9),
                reader.GetInt32(10),
                Enum.Parse<QuestionStatus>(reader.GetString(11))));
        }

        return (rows, upTo);
    }

    private static void AddParameter(DbCommand command, string name, long value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
