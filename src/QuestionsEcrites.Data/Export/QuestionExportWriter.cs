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
        "answerPublishedOn", "answerJoPage", "answerText", "status", "source",
    ];

    public static async Task<int> WriteAsync(IAsyncEnumerable<QuestionExport> questions, ExportFormat format, Stream output, CancellationToken ct) =>
        format switch
        {
            ExportFormat.Json => await WriteJsonAsync(questions, output, ct),
            ExportFormat.Csv => await WriteCsvAsync(questions, output, ct),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };

    private static async Task<int> WriteJsonAsync(IAsyncEnumerable<QuestionExport> questions, Stream output, CancellationToken ct)
    {
        var options = ExportJson.IndentedOptions;
        await using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = options.Encoder });
        writer.WriteStartArray();
        var count = 0;
        await foreach (var question in questions.WithCancellation(ct))
        {
            JsonSerializer.Serialize(writer, question, options);
            if (++count % 1000 == 0)
            {
                await writer.FlushAsync(ct);
            }
        }

        writer.WriteEndArray();
        await writer.FlushAsync(ct);
        await output.WriteAsync("\n"u8.ToArray(), ct);
        return count;
    }

    private static async Task<int> WriteCsvAsync(IAsyncEnumerable<QuestionExport> questions, Stream output, CancellationToken ct)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(string.Join(',', CsvColumns));
        var count = 0;
        await foreach (var q in questions.WithCancellation(ct))
        {
            string?[] fields =
            [
                Number(q.Legislature), Number(q.Number), q.Type, q.Title, q.Rubrique, q.MinistryAsked, q.MinistryAssigned,
                q.Author?.Civility, q.Author?.Name, q.Author?.Department, Number(q.Author?.Circonscription), q.Author?.Group,
                Date(q.PublishedOn), Number(q.JoPage), q.Text, Date(q.SignaledOn), Date(q.AttributionChangedOn),
                Date(q.ClosedOn), q.ClosureReason, Date(q.Answer?.PublishedOn), Number(q.Answer?.JoPage), q.Answer?.Text,
                q.Status, q.Source,
            ];
            await writer.WriteLineAsync(string.Join(',', fields.Select(Quote)));
            count++;
        }

        await writer.FlushAsync(ct);
        return count;
    }

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Date(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Quote(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
