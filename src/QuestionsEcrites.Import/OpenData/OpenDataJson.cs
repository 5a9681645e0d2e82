using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace QuestionsEcrites.Import.OpenData;

/// <summary>
/// How the Assemblée's open-data JSON is read into typed records (questions and deputies alike). The dump is
/// loose, so every record type (<see cref="IOpenDataRecord"/>) is read leniently: an object where one is
/// expected, anything else (null, a string, a number) as null; a list as one item or an array
/// (<see cref="OneOrManyConverter{T}"/>); a text as a string or a number, blank as null.
/// </summary>
public static class OpenDataJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>Why a well-formed document cannot be read: a string holds half of a UTF-16 pair (« \uD800 » alone).</summary>
    public const string LoneSurrogateMessage = "texte illisible : une chaîne contient un caractère UTF-16 incomplet (séquence \\uD800 à \\uDFFF sans sa paire)";

    /// <summary>Why a document is not JSON the import reads, in French, with the place (lines and positions from 1).</summary>
    public static string InvalidMessage(JsonException ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        var place = ex.LineNumber is { } line ? $" (ligne {line + 1}, position {ex.BytePositionInLine + 1})" : "";
        return ex.Message.Contains("maximum configured depth", StringComparison.Ordinal)
            ? $"JSON imbriqué sur plus de {DocumentOptions.MaxDepth} niveaux{place} : ce n'est pas un document de l'Assemblée (les siens en ont une dizaine)"
            : $"JSON invalide{place} : {ex.Message}";
    }

    /// <summary>For the root: comments (the samples start with « // » lines) and trailing commas are tolerated.</summary>
    public static JsonDocumentOptions DocumentOptions { get; } = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 64 };

    public static T? Read<T>(JsonElement element)
        where T : class, IOpenDataRecord =>
        element.ValueKind == JsonValueKind.Object ? element.Deserialize<T>(Options) : null;

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            MaxDepth = 64,
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { MakeLenient } },
        };
        options.Converters.Add(new LenientStringConverter());
        return options;
    }

    /// <summary>Each property holding a record or a list gets its lenient converter; the records themselves stay plain.</summary>
    private static void MakeLenient(JsonTypeInfo info)
    {
        foreach (var property in info.Properties)
        {
            var type = property.PropertyType;
            if (typeof(IOpenDataRecord).IsAssignableFrom(type))
            {
                property.CustomConverter = (JsonConverter)Activator.CreateInstance(typeof(LenientObjectConverter<>).MakeGenericType(type))!;
            }
            else if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            {
                property.CustomConverter = (JsonConverter)Activator.CreateInstance(typeof(OneOrManyConverter<>).MakeGenericType(type.GetGenericArguments()[0]))!;
            }
        }
    }
}

/// <summary>A record of the open data, read leniently (<see cref="OpenDataJson"/>).</summary>
public interface IOpenDataRecord;
