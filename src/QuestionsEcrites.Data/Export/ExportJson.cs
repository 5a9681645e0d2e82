using System.Text.Encodings.Web;
using System.Text.Json;

namespace QuestionsEcrites.Data.Export;

/// <summary>The JSON conventions of the export and the API: camelCase, nulls written, accents left readable.</summary>
public static class ExportJson
{
    public static JsonSerializerOptions Options { get; } = Create(indented: false);

    public static JsonSerializerOptions IndentedOptions { get; } = Create(indented: true);

    private static JsonSerializerOptions Create(bool indented) => new(JsonSerializerDefaults.Web)
    {
        // Output goes to files and JSON responses, never into HTML, so French text need not be escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = indented,
    };
}
