using System.Text;
using System.Text.Json;
using QuestionsEcrites.Import.Parsing;
using QuestionsEcrites.Search.Querying;

namespace QuestionsEcrites.Benchmarks.Fuzzing;

/// <summary>One parser under fuzzing: its name, the real inputs mutations start from, and how it is called.</summary>
public sealed record FuzzTarget(string Name, IReadOnlyList<byte[]> Seeds, Action<byte[]> Run);

/// <summary>
/// The parsers of everything the product reads from outside: the seed text format, the Assemblée's HTML pages,
/// its open-data JSON and XML, the deputies file (all through <see cref="DocumentParser.ParseContent"/>, the
/// importer's one entry, which detects the format from the content) and the user's search syntax.
/// </summary>
public static class FuzzTargets
{
    public static IReadOnlyList<FuzzTarget> All(string samples)
    {
        byte[][] Files(string pattern) => Directory.Exists(samples)
            ? [.. Directory.EnumerateFiles(samples, pattern).Order(StringComparer.Ordinal).Select(File.ReadAllBytes)]
            : [];
        var json = Files("*.json");
        var questionJson = json.Where(b => !Encoding.UTF8.GetString(b).Contains("\"acteur\"", StringComparison.Ordinal)).ToArray();
        var deputies = json.Except(questionJson).ToArray();
        void Document(byte[] input) => _ = DocumentParser.ParseContent(input);
        return
        [
            new("texte", Files("*.txt"), Document),
            new("html", Files("*.html"), Document),
            new("json", questionJson, Document),
            new("xml", [.. questionJson.Concat(deputies).Select(ToXml)], Document),
            new("deputes", deputies, Document),
            new("requete", QuerySeeds.Select(Encoding.UTF8.GetBytes).ToArray(), input => _ = UserQueryParser.Parse(Encoding.UTF8.GetString(input))),
        ];
    }

    private static readonly string[] QuerySeeds =
    [
        "prime Ségur", "\"fièvre catarrhale ovine\" -vaccin", "EHPAD OR \"maison de retraite\"", "retrait-gonflement argile*",
        "L. 314-6", "article 49.3", "SEC-Pa", "frelon asiatque", "(santé OR hôpital) \"aide à domicile\"", "a* b* c* d*",
    ];

    /// <summary>The open data's XML form of a JSON document: one element per property, arrays as repeated elements.</summary>
    private static byte[] ToXml(byte[] json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        void Write(string name, JsonElement value)
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.Object:
                    xml.Append('<').Append(name).Append('>');
                    foreach (var property in value.EnumerateObject())
                    {
                        Write(property.Name.TrimStart('@', '#') is { Length: > 0 } n ? n : "valeur", property.Value);
                    }

                    xml.Append("</").Append(name).Append('>');
                    break;
                case JsonValueKind.Array:
                    foreach (var item in value.EnumerateArray())
                    {
                        Write(name, item);
                    }

                    break;
                case JsonValueKind.Null:
                    xml.Append('<').Append(name).Append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"/>");
                    break;
                default:
                    xml.Append('<').Append(name).Append('>').Append(System.Security.SecurityElement.Escape(value.ToString())).Append("</").Append(name).Append('>');
                    break;
            }
        }

        var root = document.RootElement.EnumerateObject().First();
        Write(root.Name, root.Value);
        return Encoding.UTF8.GetBytes(xml.ToString());
    }
}
