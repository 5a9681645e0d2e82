using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using QuestionsEcrites.Benchmarks.Benchmarking.Results;
using QuestionsEcrites.Domain.Questions;
using QuestionsEcrites.Domain.Text;
using QuestionsEcrites.Import.Parsing;
using QuestionsEcrites.Import.Sources;

namespace QuestionsEcrites.Benchmarks.Benchmarking;

/// <summary>
/// The floor of the SQLite writes: the same documents read and parsed as the importer does (batches of 2,000 on
/// both cores), then written with prepared statements into the product's schema (a fresh database migrated by
/// the product) — the rows EF writes (lookups, author, question, answer, events), one transaction per batch, but
/// without EF's change tracking and without the merge with stored rows (the database starts empty, so there is
/// nothing to merge). The gap between this and the import without index is what EF and the merge cost. The
/// statements are written here by hand, not taken from the product's <c>QuestionBulkInserter</c>: a floor that
/// shared the code it bounds would measure that code, not the floor.
/// </summary>
internal sealed class RawInsertFloor(string databasePath, string baseDirectory)
{
    private readonly Dictionary<string, long> _rubriques = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _ministries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _groups = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _authors = new(StringComparer.Ordinal);

    public ThroughputMeasurement Run(string corpus)
    {
        var cpu = CpuMonitor.Start();
        var stopwatch = Stopwatch.StartNew();
        using var connection = new SqliteConnection($"Data Source={databasePath}");
        connection.Open();
        var statements = new Statements(connection);
        long documents = 0, bytes = 0;
        var now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        long stamp = 0;
        foreach (var batch in new DocumentSourceReader(baseDirectory).Read([corpus]).OfType<SourceDocument>().Chunk(2_000))
        {
            var parsed = new ParsedQuestion?[batch.Length];
            Parallel.For(0, batch.Length, i => parsed[i] = DocumentParser.Parse(batch[i].Content).Value);
            stamp++;
            using var transaction = connection.BeginTransaction();
            statements.Enlist(transaction);
            for (var i = 0; i < batch.Length; i++)
            {
                if (parsed[i] is { } question)
                {
                    Insert(statements, question, batch[i].Name, now, stamp);
                }
            }

            transaction.Commit();
            documents += batch.Length;
            bytes += batch.Sum(d => (long)d.Content.Length);
        }

        var seconds = stopwatch.Elapsed.TotalSeconds;
        var (ownCpu, otherCores) = cpu.Stop();
        return new ThroughputMeasurement("raw-insert", documents, seconds, bytes, ownCpu, otherCores);
    }

    private void Insert(Statements s, ParsedQuestion q, string source, string now, long stamp)
    {
        var groupId = Lookup(_groups, s.Group, q.Author?.Group);
        long? authorId = null;
        if (q.Author is { } author)
        {
            var slug = string.Create(CultureInfo.InvariantCulture, $"{Slugs.From(author.Name)}-{q.Key.Legislature}");
            if (!_authors.TryGetValue(slug, out var id))
            {
                id = Scalar(s.Author, author.Civility, author.Name, author.AnId, Slugs.Fold(author.Name), q.Key.Legislature, slug, author.Department, author.Circonscription, q.PublishedOn, groupId);
                _authors[slug] = id;
            }

            authorId = id;
        }

        var questionId = Scalar(
            s.Question,
            q.Key.Type.ToString(),
            q.Key.Legislature,
            q.Key.Number,
            q.Title,
            q.Text,
            Lookup(_rubriques, s.Rubrique, q.Indexation.Rubrique),
            q.Indexation.TeteAnalyse,
            q.Indexation.Analyses,
            Lookup(_ministries, s.Ministry, q.MinistryAsked is null ? null : MinistryNames.Canonical(q.MinistryAsked)),
            q.MinistryAsked,
            Lookup(_ministries, s.Ministry, q.MinistryAssigned is null ? null : MinistryNames.Canonical(q.MinistryAssigned)),
            q.MinistryAssigned,
            authorId,
            groupId,
            q.PublishedOn,
            q.JoPage,
            q.SignaledOn,
            q.AttributionChangedOn,
            q.ClosedOn,
            q.ClosureReason,
            q.Answer is not null ? "Answered" : q.ClosedOn is not null ? "Closed" : "Pending",
            source,
            now,
            now,
            stamp);
        if (q.Answer is { } answer)
        {
            Execute(s.Answer, questionId, answer.PublishedOn, answer.JoPage, answer.Text);
        }

        foreach (var e in q.Events)
        {
            Execute(s.Event, questionId, e.Kind.ToString(), e.Date, e.Label);
        }
    }

    private static long? Lookup(Dictionary<string, long> cache, SqliteCommand insert, string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var slug = Slugs.From(name);
        if (!cache.TryGetValue(slug, out var id))
        {
            id = Scalar(insert, name, slug);
            cache[slug] = id;
        }

        return id;
    }

    private static long Scalar(SqliteCommand command, params object?[] values)
    {
        Bind(command, values);
        return (long)command.ExecuteScalar()!;
    }

    private static void Execute(SqliteCommand command, params object?[] values)
    {
        Bind(command, values);
        command.ExecuteNonQuery();
    }

    private static void Bind(SqliteCommand command, object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] switch
            {
                null => DBNull.Value,
                DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                var value => value,
            };
        }
    }

    /// <summary>The prepared statements, one per table, with positional parameters.</summary>
    private sealed class Statements
    {
        public Statements(SqliteConnection connection)
        {
            Rubrique = Prepare(connection, """INSERT INTO "Rubriques" ("Name", "Slug") VALUES ($p0, $p1) RETURNING "Id";""", 2);
            Ministry = Prepare(connection, """INSERT INTO "Ministries" ("Name", "Slug") VALUES ($p0, $p1) RETURNING "Id";""", 2);
            Group = Prepare(connection, """INSERT INTO "PoliticalGroups" ("Name", "Slug") VALUES ($p0, $p1) RETURNING "Id";""", 2);
            Author = Prepare(connection, """
                INSERT INTO "Authors" ("Civility", "Name", "AnId", "NameKey", "Legislature", "Slug", "Department", "Circonscription", "LastQuestionOn", "GroupId")
                VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9) RETURNING "Id";
                """, 10);
            Question = Prepare(connection, """
                INSERT INTO "Questions" ("Type", "Legislature", "Number", "Title", "Text", "RubriqueId", "TeteAnalyse", "Analyses",
                    "MinistryAskedId", "MinistryAskedLabel", "MinistryAssignedId", "MinistryAssignedLabel", "AuthorId", "GroupId",
                    "PublishedOn", "JoPage", "SignaledOn", "AttributionChangedOn", "ClosedOn", "ClosureReason", "Status", "Source",
                    "ImportedAt", "UpdatedAt", "ChangeStamp")
                VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11, $p12, $p13, $p14, $p15, $p16, $p17, $p18,
                    $p19, $p20, $p21, $p22, $p23, $p24) RETURNING "Id";
                """, 25);
            Answer = Prepare(connection, """INSERT INTO "Answers" ("QuestionId", "PublishedOn", "JoPage", "Text") VALUES ($p0, $p1, $p2, $p3);""", 4);
            Event = Prepare(connection, """INSERT INTO "QuestionEvent" ("QuestionId", "Kind", "Date", "Label") VALUES ($p0, $p1, $p2, $p3);""", 4);
        }

        public SqliteCommand Rubrique { get; }

        public SqliteCommand Ministry { get; }

        public SqliteCommand Group { get; }

        public SqliteCommand Author { get; }

        public SqliteCommand Question { get; }

        public SqliteCommand Answer { get; }

        public SqliteCommand Event { get; }

        public void Enlist(SqliteTransaction transaction)
        {
            foreach (var command in new[] { Rubrique, Ministry, Group, Author, Question, Answer, Event })
            {
                command.Transaction = transaction;
            }
        }

        private static SqliteCommand Prepare(SqliteConnection connection, string sql, int parameters)
        {
            var command = connection.CreateCommand();
            command.CommandText = sql;
            for (var i = 0; i < parameters; i++)
            {
                command.Parameters.Add(new SqliteParameter(string.Create(CultureInfo.InvariantCulture, $"$p{i}"), null));
            }

            return command;
        }
    }
}
