using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace QuestionsEcrites.Data.Bulk;

/// <summary>
/// Inserts new questions, with their answer and events, through prepared statements on the context's connection
/// and current transaction, bypassing change tracking: on a large import, tracking and saving the new rows is
/// most of the cost of writing to SQLite. The statements are built from the EF model (tables, columns, value
/// conversions, foreign keys), so a property added to an entity is written here too. The lookups and authors the
/// questions point to must already be saved (their ids known). Errors surface as <see cref="DbUpdateException"/>,
/// as from <c>SaveChanges</c>.
/// </summary>
public sealed class QuestionBulkInserter : IDisposable
{
    private readonly RowInserter _questions;
    private readonly RowInserter _answers;
    private readonly RowInserter _events;

    public QuestionBulkInserter(QuestionsDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("A transaction must be open: the rows are written with the rest of the batch.");
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        _questions = new RowInserter(connection, (SqliteTransaction)transaction, db.Model.FindEntityType(typeof(Question))!);
        _answers = new RowInserter(connection, (SqliteTransaction)transaction, db.Model.FindEntityType(typeof(Answer))!);
        _events = new RowInserter(connection, (SqliteTransaction)transaction, db.Model.FindEntityType(typeof(QuestionEvent))!);
    }

    /// <summary>Inserts each question and sets its id, then its answer and events.</summary>
    public void Insert(IEnumerable<Question> questions)
    {
        ArgumentNullException.ThrowIfNull(questions);
        try
        {
            foreach (var question in questions)
            {
                question.Id = (int)_questions.Insert(question);
                if (question.Answer is { } answer)
                {
                    answer.QuestionId = question.Id;
                    _answers.Insert(answer);
                }

                foreach (var questionEvent in question.Events)
                {
                    questionEvent.QuestionId = question.Id;
                    questionEvent.Id = (int)_events.Insert(questionEvent);
                }
            }
        }
        catch (SqliteException ex)
        {
            throw new DbUpdateException("An error occurred while inserting new questions: " + ex.Message, ex);
        }
    }

    public void Dispose()
    {
        _questions.Dispose();
        _answers.Dispose();
        _events.Dispose();
    }

    /// <summary>One prepared INSERT for an entity type: every column but a generated key, which is returned.</summary>
    private sealed class RowInserter : IDisposable
    {
        private readonly SqliteCommand _command;
        private readonly Func<object, object?>[] _values;
        private readonly bool _returnsKey;

        public RowInserter(SqliteConnection connection, SqliteTransaction transaction, IEntityType entity)
        {
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var key = entity.FindPrimaryKey()!.Properties;
            var generated = key.Count == 1 && key[0].ValueGenerated == ValueGenerated.OnAdd ? key[0] : null;
            var properties = entity.GetProperties().Where(p => p != generated).ToList();
            _values = properties.Select(ValueOf).ToArray();
            _returnsKey = generated is not null;

            var columns = string.Join(", ", properties.Select(p => Quote(p.GetColumnName(table)!)));
            var parameters = string.Join(", ", properties.Select((_, i) => "$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            _command = connection.CreateCommand();
            _command.Transaction = transaction;
            _command.CommandText = $"INSERT INTO {Quote(table.Name)} ({columns}) VALUES ({parameters})"
                + (generated is null ? ";" : $" RETURNING {Quote(generated.GetColumnName(table)!)};");
            for (var i = 0; i < properties.Count; i++)
            {
                _command.Parameters.Add(new SqliteParameter("$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), null));
            }

            _command.Prepare();
        }

        /// <summary>Writes the row; returns the generated key, or 0 when the key is not generated.</summary>
        public long Insert(object entity)
        {
            for (var i = 0; i < _values.Length; i++)
            {
                _command.Parameters[i].Value = _values[i](entity) ?? DBNull.Value;
            }

            if (_returnsKey)
            {
                return (long)_command.ExecuteScalar()!;
            }

            _command.ExecuteNonQuery();
            return 0;
        }

        public void Dispose() => _command.Dispose();

        private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

        /// <summary>
        /// The stored value of a property: a foreign key is read from its navigation when one is set (EF would fix
        /// it up on save), and the model's value conversion (enums as text) applies.
        /// </summary>
        private static Func<object, object?> ValueOf(IProperty property)
        {
            var getter = property.GetGetter();
            var converter = property.GetTypeMapping().Converter;
            var navigation = property.GetContainingForeignKeys()
                .Select(fk => fk.DependentToPrincipal)
                .FirstOrDefault(n => n is not null);
            Func<object, object?> value = entity => getter.GetClrValue(entity);
            if (navigation is not null)
            {
                var principal = navigation.GetGetter();
                var principalKey = navigation.ForeignKey.PrincipalKey.Properties[0].GetGetter();
                value = entity => principal.GetClrValue(entity) is { } target ? principalKey.GetClrValue(target) : getter.GetClrValue(entity);
            }

            return converter is null ? value : entity => value(entity) is { } v ? converter.ConvertToProvider(v) : null;
        }
    }
}
