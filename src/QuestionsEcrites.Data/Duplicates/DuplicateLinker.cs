using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using QuestionsEcrites.Domain.Duplicates;

namespace QuestionsEcrites.Data.Duplicates;

/// <summary>
/// Follows the store like the index does: the written questions changed since its stamp get their texts' MinHash
/// signatures and LSH bands, and links to every other question whose text (or answer) is near-identical
/// (estimated Jaccard ≥ <see cref="MinHash.IdenticalFrom"/>). One chunk of questions per transaction, the stamp
/// advanced in it, so a crash loses nothing and a second run redoes nothing; the work is the changed questions'
/// only, never a pass over the store.
/// </summary>
public sealed partial class DuplicateLinker(IDbContextFactory<QuestionsDbContext> dbFactory, ILogger<DuplicateLinker> logger) : IDisposable
{
    /// <summary>Names this version of the signatures: another name (a new algorithm) starts the tables afresh.</summary>
    public const string StampName = "identical-texts-4";

    private const int Chunk = 2_000;

    private readonly SemaphoreSlim _gate = new(1, 1);

    private long _stamp;

    /// <summary>The change stamp the links are complete up to, as of the last run (0 before any).</summary>
    public long Stamp => Volatile.Read(ref _stamp);

    /// <summary>Links what changed since the last run; returns how many questions were compared.</summary>
    public async Task<int> LinkAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            await connection.OpenAsync(ct);
            var stamp = await ReadStampAsync(connection, ct);
            Volatile.Write(ref _stamp, stamp);
            var upTo = await db.Questions.MaxAsync(q => (long?)q.ChangeStamp, ct) ?? 0;
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var compared = 0;
            var cursor = (Stamp: stamp, Id: int.MaxValue); // after every row of the stamp reached
            while (true)
            {
                ct.ThrowIfCancellationRequested();
                var rows = ReadChunk(connection, cursor, upTo);
                if (rows.Count == 0)
                {
                    break;
                }

                // One row more than a chunk tells whether the chunk's last stamp goes on into the next chunk.
                var extra = rows.Count > Chunk ? rows[^1] : null;
                if (extra is not null)
                {
                    rows.RemoveAt(rows.Count - 1);
                }

                var last = rows[^1];
                var complete = extra is null || extra.Stamp != last.Stamp;
                await LinkChunkAsync(connection, rows, complete ? last.Stamp : last.Stamp - 1, ct);
                Volatile.Write(ref _stamp, complete ? last.Stamp : last.Stamp - 1);
                compared += rows.Count;
                if (extra is null)
                {
                    break;
                }

                cursor = complete ? (last.Stamp, int.MaxValue) : (last.Stamp, last.Id);
            }

            if (compared > 0)
            {
                LogLinked(compared, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            return compared;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private static async Task<long> ReadStampAsync(SqliteConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT "Stamp" FROM "DerivedStamps" WHERE "Name" = $name""";
        command.Parameters.AddWithValue("$name", StampName);
        if (await command.ExecuteScalarAsync(ct) is long stamp)
        {
            return stamp;
        }

        // First run of this version: whatever an earlier version left is dropped.
        command.CommandText = """DELETE FROM "IdenticalTexts"; DELETE FROM "TextBands"; DELETE FROM "TextSignatures";""";
        await command.ExecuteNonQueryAsync(ct);
        return 0;
    }

    private sealed record Row(int Id, long Stamp, string Text, string? Author, string? Answer);

    /// <summary>
    /// The chunk after a cursor, read in change-stamp order from the stamp's index. The type test's unary plus keeps
    /// SQLite from choosing the (type, date) index instead, which at a million questions read every row and sorted
    /// them to find none new (1.3 s at every change).
    /// </summary>
    internal const string ChunkSql = """
        SELECT q."Id", q."ChangeStamp", q."Text", au."Name", a."Text"
        FROM "Questions" AS q
        LEFT JOIN "Authors" AS au ON au."Id" = q."AuthorId"
        LEFT JOIN "Answers" AS a ON a."QuestionId" = q."Id"
        WHERE +q."Type" = 'QE' AND q."ChangeStamp" <= $upTo
          AND (q."ChangeStamp" > $stamp OR (q."ChangeStamp" = $stamp AND q."Id" > $id))
        ORDER BY q."ChangeStamp", q."Id"
        LIMIT $limit
        """;

    /// <summary>The written questions after the cursor (stamp, then id), up to <paramref name="upTo"/>: one more than a chunk, to know if the stamp goes on.</summary>
    private static List<Row> ReadChunk(SqliteConnection connection, (long Stamp, int Id) after, long upTo)
    {
        using var command = connection.CreateCommand();
        command.CommandText = ChunkSql;
        command.Parameters.AddWithValue("$upTo", upTo);
        command.Parameters.AddWithValue("$stamp", after.Stamp);
        command.Parameters.AddWithValue("$id", after.Id);
        command.Parameters.AddWithValue("$limit", Chunk + 1);
        using var reader = command.ExecuteReader();
        var rows = new List<Row>();
        while (reader.Read())
        {
            rows.Add(new Row(reader.GetInt32(0), reader.GetInt64(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4)));
        }

        return rows;
    }

    private static async Task LinkChunkAsync(SqliteConnection connection, List<Row> rows, long stamp, CancellationToken ct)
    {
        // The signatures on every core; the writes on this connection, in one transaction with the stamp.
        var signatures = new (uint[]? Question, uint[]? Answer)[rows.Count];
        Parallel.For(0, rows.Count, i => signatures[i] = (
            MinHash.Signature(ComparableText.WordHashes(rows[i].Text, rows[i].Author)),
            rows[i].Answer is { } answer ? MinHash.Signature(ComparableText.WordHashes(answer)) : null));

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        var ids = "[" + string.Join(',', rows.Select(r => r.Id)) + "]";
        DeleteOldBands(connection, transaction, ids);
        using (var delete = connection.CreateCommand())
        {
            delete.Transaction = transaction;
            delete.CommandText = """
                DELETE FROM "IdenticalTexts" WHERE "QuestionId" IN (SELECT value FROM json_each($ids)) OR "OtherId" IN (SELECT value FROM json_each($ids));
                DELETE FROM "TextSignatures" WHERE "QuestionId" IN (SELECT value FROM json_each($ids));
                """;
            delete.Parameters.AddWithValue("$ids", ids);
            await delete.ExecuteNonQueryAsync(ct);
        }

        using var insertSignature = Command(connection, transaction, """INSERT INTO "TextSignatures" ("QuestionId", "Kind", "Signature") VALUES ($id, $kind, $signature)""", "$id", "$kind", "$signature");
        using var insertBand = Command(connection, transaction, """INSERT OR IGNORE INTO "TextBands" ("Kind", "BandKey", "QuestionId") VALUES ($kind, $key, $id)""", "$kind", "$key", "$id");
        for (var i = 0; i < rows.Count; i++)
        {
            foreach (var (kind, signature) in Kinds(signatures[i]))
            {
                Run(insertSignature, rows[i].Id, (int)kind, MemoryMarshal.AsBytes(signature.AsSpan()).ToArray());
                foreach (var key in MinHash.Bands(signature))
                {
                    Run(insertBand, (int)kind, key, rows[i].Id);
                }
            }
        }

        // Every band is in: questions of this chunk find each other as well as older ones.
        using var candidates = Command(connection, transaction, """
            SELECT DISTINCT b."QuestionId", s."Signature"
            FROM "TextBands" AS b JOIN "TextSignatures" AS s ON s."QuestionId" = b."QuestionId" AND s."Kind" = b."Kind"
            WHERE b."Kind" = $kind AND b."BandKey" IN (SELECT value FROM json_each($keys)) AND b."QuestionId" <> $id
            """, "$kind", "$keys", "$id");
        using var insertLink = Command(connection, transaction, """INSERT OR IGNORE INTO "IdenticalTexts" ("Kind", "QuestionId", "OtherId") VALUES ($kind, $a, $b), ($kind, $b, $a)""", "$kind", "$a", "$b");
        for (var i = 0; i < rows.Count; i++)
        {
            foreach (var (kind, signature) in Kinds(signatures[i]))
            {
                candidates.Parameters["$kind"].Value = (int)kind;
                candidates.Parameters["$keys"].Value = "[" + string.Join(',', MinHash.Bands(signature)) + "]";
                candidates.Parameters["$id"].Value = rows[i].Id;
                var near = new List<int>();
                using (var reader = candidates.ExecuteReader())
                {
                    while (reader.Read())
                    {
                        var other = MemoryMarshal.Cast<byte, uint>((byte[])reader.GetValue(1));
                        if (MinHash.Similarity(signature, other) >= MinHash.IdenticalFrom)
                        {
                            near.Add(reader.GetInt32(0));
                        }
                    }
                }

                foreach (var other in near)
                {
                    Run(insertLink, (int)kind, rows[i].Id, other);
                }
            }
        }

        using (var advance = Command(connection, transaction, """
            INSERT INTO "DerivedStamps" ("Name", "Stamp") VALUES ($name, $stamp)
            ON CONFLICT ("Name") DO UPDATE SET "Stamp" = excluded."Stamp"
            """, "$name", "$stamp"))
        {
            Run(advance, StampName, stamp);
        }

        await transaction.CommitAsync(ct);
    }

    /// <summary>
    /// The bands of the questions' previous signatures, found again from those signatures: the band table is keyed
    /// by band alone (one B-tree, no rowid, no index by question), which halves its size at a million questions.
    /// </summary>
    private static void DeleteOldBands(SqliteConnection connection, SqliteTransaction transaction, string ids)
    {
        var old = new List<(int Id, int Kind, uint[] Signature)>();
        using (var read = Command(connection, transaction, """SELECT "QuestionId", "Kind", "Signature" FROM "TextSignatures" WHERE "QuestionId" IN (SELECT value FROM json_each($ids))""", "$ids"))
        {
            read.Parameters[0].Value = ids;
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                old.Add((reader.GetInt32(0), reader.GetInt32(1), MemoryMarshal.Cast<byte, uint>((byte[])reader.GetValue(2)).ToArray()));
            }
        }

        using var delete = Command(connection, transaction, """DELETE FROM "TextBands" WHERE "Kind" = $kind AND "BandKey" = $key AND "QuestionId" = $id""", "$kind", "$key", "$id");
        foreach (var (id, kind, signature) in old)
        {
            foreach (var key in MinHash.Bands(signature))
            {
                Run(delete, kind, key, id);
            }
        }
    }

    private static IEnumerable<(TextKind Kind, uint[] Signature)> Kinds((uint[]? Question, uint[]? Answer) signatures)
    {
        if (signatures.Question is { } question)
        {
            yield return (TextKind.Question, question);
        }

        if (signatures.Answer is { } answer)
        {
            yield return (TextKind.Answer, answer);
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        command.ExecuteNonQuery();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Identical texts: {Questions} question(s) compared in {Milliseconds:0} ms")]
    private partial void LogLinked(int questions, double milliseconds);
}
