using SQLitePCL;

namespace QuestionsEcrites.Data.Statistics;

/// <summary>
/// Reads the written questions' clock rows (<see cref="ClockRow"/>) changed after a stamp, in one pass of plain
/// SQL: the ministry is the one that must answer (the last attributaire,
/// else the one asked).
/// </summary>
public sealed class ClockRowReader(IDbContextFactory<QuestionsDbContext> dbFactory)
{
    // Dates come as the store writes them (« yyyy-MM-dd »), read from their bytes (SQLite's julianday costs more).
    // The unary plus on the type keeps SQLite on the change stamp's index (the range that selects few rows), not
    // the (type, date) index, which would read every written question.
    internal const string Sql = """
        SELECT q."Id", q."Legislature", q."Number", COALESCE(q."MinistryAssignedId", q."MinistryAskedId", 0),
               COALESCE(q."AuthorId", 0), COALESCE(q."GroupId", 0), COALESCE(q."RubriqueId", 0),
               q."PublishedOn", a."PublishedOn", q."SignaledOn", q."ClosedOn",
               CASE q."Status" WHEN 'Answered' THEN 1 WHEN 'Closed' THEN 2 ELSE 0 END
        FROM "Questions" AS q LEFT JOIN "Answers" AS a ON a."QuestionId" = q."Id"
        WHERE +q."Type" = 'QE' AND q."ChangeStamp" > $since AND q."ChangeStamp" <= $upTo
        """;

    public async Task<long> LatestStampAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Questions.MaxAsync(q => (long?)q.ChangeStamp, ct) ?? 0;
    }

    /// <summary>True when a question of the store has this change stamp (a saved snapshot's stamp is its store's).</summary>
    public async Task<bool> HasStampAsync(long stamp, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Questions.AnyAsync(q => q.ChangeStamp == stamp, ct);
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

        var connection = (Microsoft.Data.Sqlite.SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(ct);
        ReadRows(connection, since, upTo, rows, ct);
        return (rows, upTo);
    }

    /// <summary>
    /// Steps the statement through SQLite's own API: a million rows of twelve numbers are read in a fraction of the
    /// time the data reader takes, whose checks per value cost more than the value (about 250 ns each here).
    /// </summary>
    private static void ReadRows(Microsoft.Data.Sqlite.SqliteConnection connection, long since, long upTo, List<ClockRow> rows, CancellationToken ct)
    {
        var database = connection.Handle!;
        Check(raw.sqlite3_prepare_v2(database, Sql, out var statement), database);
        using (statement)
        {
            Check(raw.sqlite3_bind_int64(statement, raw.sqlite3_bind_parameter_index(statement, "$since"), since), database);
            Check(raw.sqlite3_bind_int64(statement, raw.sqlite3_bind_parameter_index(statement, "$upTo"), upTo), database);
            int result;
            while ((result = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                if ((rows.Count & 0xFFFF) == 0)
                {
                    ct.ThrowIfCancellationRequested();
                }

                rows.Add(new ClockRow(
                    raw.sqlite3_column_int(statement, 0),
                    (short)raw.sqlite3_column_int(statement, 1),
                    raw.sqlite3_column_int(statement, 2),
                    raw.sqlite3_column_int(statement, 3),
                    raw.sqlite3_column_int(statement, 4),
                    raw.sqlite3_column_int(statement, 5),
                    raw.sqlite3_column_int(statement, 6),
                    Day(raw.sqlite3_column_blob(statement, 7)),
                    Day(raw.sqlite3_column_blob(statement, 8)),
                    Day(raw.sqlite3_column_blob(statement, 9)),
                    Day(raw.sqlite3_column_blob(statement, 10)),
                    StatusOf(raw.sqlite3_column_int(statement, 11))));
            }

            if (result != raw.SQLITE_DONE)
            {
                Check(result, database);
            }
        }
    }

    private static void Check(int result, sqlite3 database)
    {
        if (result != raw.SQLITE_OK && result != raw.SQLITE_DONE && result != raw.SQLITE_ROW)
        {
            throw new Microsoft.Data.Sqlite.SqliteException(raw.sqlite3_errmsg(database).utf8_to_string(), result);
        }
    }

    /// <summary>« 2024-10-22 » as its day number; <see cref="ClockRow.None"/> for NULL or any other shape.</summary>
    private static int Day(ReadOnlySpan<byte> text)
    {
        if (text.Length < 10 || text[4] != (byte)'-' || text[7] != (byte)'-')
        {
            return ClockRow.None;
        }

        var year = Digits(text[..4]);
        var month = Digits(text.Slice(5, 2));
        var day = Digits(text.Slice(8, 2));
        return year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day).DayNumber
            : ClockRow.None;
    }

    private static int Digits(ReadOnlySpan<byte> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            if (c is < (byte)'0' or > (byte)'9')
            {
                return -1;
            }

            value = (value * 10) + (c - '0');
        }

        return value;
    }

    /// <summary>The status as the SQL's CASE numbers it (no string per row).</summary>
    private static QuestionStatus StatusOf(int code) => code switch
    {
        1 => QuestionStatus.Answered,
        2 => QuestionStatus.Closed,
        _ => QuestionStatus.Pending,
    };
}
