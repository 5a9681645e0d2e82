using System.Globalization;
using System.Text;
using System.Text.Json;

namespace QuestionsEcrites.Data.Export;

/// <summary>Streams export records as a JSON array or as CSV (RFC 4180, the JSON fields flattened).</summary>
public static class QuestionExportWriter
{
    private static readonly string[] CsvColumns =
    [
        "legislature", "number", "type", "title", "rubrique", "ministryAsked", "ministryAssigned",
        "authorCivility", "authorName", "authorDepartment", "authorCirconscription", "authorGroup",
        "publishedOn", "joPage", "text", "signaledOn", "attributionChangedOn", "closedOn", "closureReason",
        "answerPublishedOn", "answerJoPage", "answerText", "status", "source", "uid", "authorId",
    ];

    public static async Task<int> WriteAsync(IAsyncEnumerable<QuestionExport> questions, ExportFormat format, Stream output, CancellationToken ct) =>
        await WriteAsync(questions, format, CsvDialect.Standard, output, ct);

    /// <param name="dialect">For CSV: the separator and whether a byte order mark starts the file.</param>
    public static async Task<int> WriteAsync(IAsyncEnumerable<QuestionExport> questions, ExportFormat format, CsvDialect dialect, Stream output, CancellationToken ct) =>
        format switch
        {
            ExportFormat.Json => await WriteJsonAsync(questions, output, ct),
            ExportFormat.Csv => await WriteCsvAsync(questions, dialect ?? CsvDialect.Standard, output, ct),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };

    private static async Task<int> WriteJsonAsync(IAsyncEnumerable<QuestionExport> questions, Stream output, CancellationToken ct)
    {
        // The serializer writes into memory (it flushes synchronously, which a response stream refuses); the bytes
        // go out asynchronously every hundred questions, so memory holds a hundred at most.
        var options = ExportJson.IndentedOptions;
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(64 * 1024);
        await using var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = options.Encoder });
        writer.WriteStartArray();
        var count = 0;
        await foreach (var question in questions.WithCancellation(ct))
        {
            JsonSerializer.Serialize(writer, question, options);
            if (++count % 100 == 0)
            {
                await DrainAsync(writer, buffer, output, ct);
            }
        }

        writer.WriteEndArray();
        await DrainAsync(writer, buffer, output, ct);
        await output.WriteAsync("\n"u8.ToArray(), ct);
        await output.FlushAsync(ct);
        return count;
    }

    private static async Task DrainAsync(Utf8JsonWriter writer, System.Buffers.ArrayBufferWriter<byte> buffer, Stream output, CancellationToken ct)
    {
        writer.Flush();
        await output.WriteAsync(buffer.WrittenMemory, ct);
        buffer.ResetWrittenCount();
    }

    private static async Task<int> WriteCsvAsync(IAsyncEnumerable<QuestionExport> questions, CsvDialect dialect, Stream output, CancellationToken ct)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(dialect.ByteOrderMark), bufferSize: 64 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        var separator = dialect.Separator.ToString();
        await writer.WriteLineAsync(string.Join(separator, CsvColumns));
        var count = 0;
        await foreach (var q in questions.WithCancellation(ct))
        {
            string?[] fields =
            [
                Number(q.Legislature), Number(q.Number), q.Type, q.Title, q.Rubrique, q.MinistryAsked, q.MinistryAssigned,
                q.Author?.Civility, q.Author?.Name, q.Author?.Department, Number(q.Author?.Circonscription), q.Author?.Group,
                Date(q.PublishedOn), Number(q.JoPage), q.Text, Date(q.SignaledOn), Date(q.AttributionChangedOn),
                Date(q.ClosedOn), q.ClosureReason, Date(q.Answer?.PublishedOn), Number(q.Answer?.JoPage), q.Answer?.Text,
                q.Status, q.Source, q.Uid, q.Author?.Id,
            ];
            await writer.WriteLineAsync(string.Join(separator, fields.Select(f => Quote(f, dialect.Separator))));
            if (++count % 1000 == 0)
            {
                await writer.FlushAsync(ct); // a download's bytes leave as they are written
            }
        }

        await writer.FlushAsync(ct);
        return count;
    }

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Date(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Quote(string? value, char separator)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var needsQuotes = value.AsSpan().IndexOfAny("\"\r\n") >= 0 || value.Contains(separator, StringComparison.Ordinal);
        return needsQuotes ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}

/// <summary>
/// How CSV is written: RFC 4180's comma, or the semicolon that spreadsheet software set up for French uses (there
/// the comma is the decimal separator, so a comma-separated file opens as one column); with or without a UTF-8
/// byte order mark, which tells spreadsheet software the encoding (else accents come out garbled).
/// </summary>
public sealed record CsvDialect(char Separator, bool ByteOrderMark)
{
    /// <summary>RFC 4180 without a byte order mark: the command line's export, for programs.</summary>
    public static readonly CsvDialect Standard = new(',', false);
}
