using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using QuestionsEcrites.Data.Bulk;
using QuestionsEcrites.Domain.Questions;
using QuestionsEcrites.Testing;

namespace QuestionsEcrites.IntegrationTests.Data;

/// <summary>
/// The bulk inserter must store exactly what EF stores: the same question saved both ways gives the same column
/// values (dates, enums as text, foreign keys taken from navigations), in the questions, answers and events tables.
/// </summary>
public sealed class QuestionBulkInserterTests : StoreTestBase
{
    [Fact]
    public async Task Insert_SameQuestionAsEf_SameStoredValues()
    {
        await using (var db = Store.CreateDbContext())
        {
            var rubrique = new Rubrique { Name = "Santé", Slug = "sante" };
            var ministry = new Ministry { Name = "Santé et accès aux soins", Slug = "sante-et-acces-aux-soins" };
            var group = new PoliticalGroup { Name = "Les Démocrates", Slug = "les-democrates" };
            var author = new Author { Name = "Jean Dupont", NameKey = "jean dupont", Legislature = 17, Slug = "jean-dupont-17", Group = group };
            db.AddRange(rubrique, ministry, group, author);
            db.Questions.Add(Build(1, rubrique, ministry, author, group));
            await db.SaveChangesAsync();

            await using var transaction = await db.Database.BeginTransactionAsync();
            using (var inserter = new QuestionBulkInserter(db))
            {
                inserter.Insert([Build(2, rubrique, ministry, author, group)]);
            }

            await transaction.CommitAsync();
        }

        await using var connection = new SqliteConnection(Store.ConnectionString);
        await connection.OpenAsync();
        var questions = Rows(connection, """SELECT * FROM "Questions" ORDER BY "Number";""");
        questions.Should().HaveCount(2);
        Without(questions[1], "Id", "Number").Should().Equal(Without(questions[0], "Id", "Number"));
        questions[1]["RubriqueId"].Should().NotBeNull();
        questions[1]["Type"].Should().Be("QE");
        questions[1]["Status"].Should().Be("Answered");
        questions[1]["PublishedOn"].Should().Be("2025-01-14");

        var answers = Rows(connection, """SELECT a.* FROM "Answers" a JOIN "Questions" q ON q."Id" = a."QuestionId" ORDER BY q."Number";""");
        Without(answers[1], "QuestionId").Should().Equal(Without(answers[0], "QuestionId"));
        var events = Rows(connection, """SELECT e.* FROM "QuestionEvent" e JOIN "Questions" q ON q."Id" = e."QuestionId" ORDER BY q."Number", e."Id";""");
        events.Should().HaveCount(4);
        Without(events[2], "Id", "QuestionId").Should().Equal(Without(events[0], "Id", "QuestionId"));
        Without(events[3], "Id", "QuestionId").Should().Equal(Without(events[1], "Id", "QuestionId"));
    }

    [Fact]
    public async Task Insert_DuplicateKey_ReportedAsUpdateError()
    {
        await using var db = Store.CreateDbContext();
        var rubrique = new Rubrique { Name = "Santé", Slug = "sante" };
        db.Add(rubrique);
        await db.SaveChangesAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        using var inserter = new QuestionBulkInserter(db);

        var act = () => inserter.Insert([Build(7, rubrique, null, null, null), Build(7, rubrique, null, null, null)]);

        act.Should().Throw<DbUpdateException>().WithMessage("*UNIQUE*");
    }

    private static Question Build(int number, Rubrique rubrique, Ministry? ministry, Author? author, PoliticalGroup? group)
    {
        var question = new Question
        {
            Type = QuestionType.QE,
            Legislature = 17,
            Number = number,
            Title = "Accès aux soins",
            Text = "M. Jean Dupont attire l'attention…",
            Rubrique = rubrique,
            MinistryAsked = ministry,
            MinistryAskedLabel = ministry?.Name,
            MinistryAssigned = ministry,
            Author = author,
            Group = group,
            PublishedOn = new DateOnly(2025, 1, 14),
            JoPage = 120,
            SignaledOn = new DateOnly(2025, 3, 4),
            Source = "seeds/x.txt",
            ImportedAt = new DateTimeOffset(2026, 11, 23, 10, 30, 15, 123, TimeSpan.Zero),
            UpdatedAt = new DateTimeOffset(2026, 11, 23, 10, 30, 15, 123, TimeSpan.FromHours(1)),
            ChangeStamp = 42,
            Answer = new Answer { PublishedOn = new DateOnly(2025, 4, 1), JoPage = 2100, Text = "Le ministère…" },
            Events =
            [
                new QuestionEvent { Kind = QuestionEventKind.Signalement, Date = new DateOnly(2025, 3, 4) },
                new QuestionEvent { Kind = QuestionEventKind.Erratum, Date = new DateOnly(2025, 4, 1), Label = "Erratum au JO" },
            ],
        };
        question.RefreshStatus();
        return question;
    }

    private static List<Dictionary<string, object?>> Rows(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<Dictionary<string, object?>>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => reader.IsDBNull(i) ? null : reader.GetValue(i)));
        }

        return rows;
    }

    private static Dictionary<string, object?> Without(Dictionary<string, object?> row, params string[] columns) =>
        row.Where(kv => !columns.Contains(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value);
}
