using System.Runtime.InteropServices;

namespace QuestionsEcrites.Data.Statistics;

/// <summary>
/// The snapshot's clock rows saved beside the database (« questions.db.clocks »), so that a start reads 48 bytes a
/// question from one file instead of stepping a million rows of SQLite, then catches up from the saved stamp like
/// any patch. Only a cache: a missing, damaged or foreign file (its stamp is no row's stamp in the store) is ignored
/// and the rows are read from the store.
/// </summary>
public sealed class SnapshotFile(string? path)
{
    private const long Magic = 0x31_53_4B_43_4F_4C_43_51; // "QCLOCKS1"

    /// <summary>No file for an in-memory database.</summary>
    public string? Path { get; } = path;

    public static SnapshotFile For(string connectionString)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        var inMemory = builder.Mode == Microsoft.Data.Sqlite.SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:";
        return new SnapshotFile(inMemory ? null : builder.DataSource + ".clocks");
    }

    /// <summary>The saved rows and the stamp they are complete up to, or null when there is no usable file.</summary>
    public (List<ClockRow> Rows, long Stamp)? TryLoad()
    {
        if (Path is null || !File.Exists(Path))
        {
            return null;
        }

        try
        {
            using var stream = File.OpenRead(Path);
            using var reader = new BinaryReader(stream);
            if (reader.ReadInt64() != Magic)
            {
                return null;
            }

            var stamp = reader.ReadInt64();
            var count = reader.ReadInt32();
            var packed = new PackedRow[count];
            stream.ReadExactly(MemoryMarshal.AsBytes(packed.AsSpan()));
            var rows = new List<ClockRow>(count);
            foreach (var p in packed)
            {
                rows.Add(new ClockRow(p.Id, (short)p.Legislature, p.Number, p.Ministry, p.Author, p.Group, p.Rubrique, p.Published, p.Answered, p.Signaled, p.Closed, (QuestionStatus)p.Status));
            }

            return (rows, stamp);
        }
        catch (Exception ex) when (ex is IOException or EndOfStreamException or UnauthorizedAccessException or OverflowException or OutOfMemoryException)
        {
            return null;
        }
    }

    /// <summary>Writes the rows (a temporary file renamed over the old one, so a crash never leaves half a file).</summary>
    public void Save(ReadOnlySpan<ClockRow> rows, long stamp)
    {
        if (Path is null)
        {
            return;
        }

        var packed = new List<PackedRow>(rows.Length);
        foreach (ref readonly var r in rows)
        {
            if (!r.IsEmpty)
            {
                packed.Add(new PackedRow(r.QuestionId, r.Legislature, r.Number, r.MinistryId, r.AuthorId, r.GroupId, r.RubriqueId, r.PublishedDay, r.AnsweredDay, r.SignaledDay, r.ClosedDay, (int)r.Status));
            }
        }

        // Unique per writer: the site and an import may both save the same store's file.
        var temporary = $"{Path}.{Guid.NewGuid():N}.tmp";
        using (var stream = File.Create(temporary))
        using (var writer = new BinaryWriter(stream))
        {
            writer.Write(Magic);
            writer.Write(stamp);
            writer.Write(packed.Count);
            writer.Flush();
            stream.Write(MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(packed)));
        }

        try
        {
            File.Move(temporary, Path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>A row as twelve integers: what is saved.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private readonly record struct PackedRow(int Id, int Legislature, int Number, int Ministry, int Author, int Group, int Rubrique, int Published, int Answered, int Signaled, int Closed, int Status);
}
