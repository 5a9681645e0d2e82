using System.Globalization;
using System.Text.Json;

namespace QuestionsEcrites.Import.Deputies;

/// <summary>
/// Reads the Assemblée's deputies file (open data « acteurs »: one <c>{"acteur": …}</c> per file, or a list), which
/// gives the names behind the identifiers of the questions' dump.
/// </summary>
public static class DeputyFileParser
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 64 };

    /// <summary>True when the JSON text is a deputies file rather than a question.</summary>
    public static bool LooksLikeDeputies(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var head = json.AsSpan(0, Math.Min(json.Length, 400));
        return head.Contains("\"acteur", StringComparison.Ordinal) && !head.Contains("\"question\"", StringComparison.Ordinal);
    }

    public static (IReadOnlyList<ParsedDeputy> Deputies, string? Error) Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json, Options);
            var deputies = new List<ParsedDeputy>();
            foreach (var actor in FindActors(document.RootElement))
            {
                if (Read(actor) is { } deputy)
                {
                    deputies.Add(deputy);
                }
            }

            return deputies.Count == 0 ? ([], "fichier d'acteurs sans député lisible (uid, etatCivil.ident attendus)") : (deputies, null);
        }
        catch (JsonException ex)
        {
            return ([], $"JSON invalide : {ex.Message}");
        }
    }

    private static IEnumerable<JsonElement> FindActors(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray().SelectMany(FindActors))
            {
                yield return item;
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("etatCivil", out _))
            {
                yield return element;
                yield break;
            }

            foreach (var property in element.EnumerateObject().Where(p => p.Name is "acteur" or "acteurs" or "export"))
            {
                foreach (var item in FindActors(property.Value))
                {
                    yield return item;
                }
            }
        }
    }

    private static ParsedDeputy? Read(JsonElement actor)
    {
        var uid = actor.TryGetProperty("uid", out var u)
            ? u.ValueKind == JsonValueKind.String ? u.GetString() : u.ValueKind == JsonValueKind.Object && u.TryGetProperty("#text", out var t) ? t.GetString() : null
            : null;
        var ident = Child(Child(actor, "etatCivil"), "ident");
        var first = Text(ident, "prenom");
        var last = Text(ident, "nom");
        if (uid is null || last is null)
        {
            return null;
        }

        var civility = Text(ident, "civ") switch
        {
            "M." or "M" => "M.",
            "Mme" or "Mme." => "Mme",
            var other => other,
        };
        var mandates = new List<ParsedMandate>();
        if (Child(actor, "mandats") is { } mandats && mandats.TryGetProperty("mandat", out var list))
        {
            foreach (var mandate in list.ValueKind == JsonValueKind.Array ? list.EnumerateArray().ToList() : [list])
            {
                if (Text(mandate, "typeOrgane") is not "ASSEMBLEE" || !int.TryParse(Text(mandate, "legislature"), CultureInfo.InvariantCulture, out var legislature))
                {
                    continue;
                }

                var place = Child(Child(mandate, "election"), "lieu");
                mandates.Add(new ParsedMandate(
                    legislature,
                    Text(place, "departement") ?? Text(place, "region"),
                    int.TryParse(Text(place, "numCirco"), CultureInfo.InvariantCulture, out var circo) ? circo : null));
            }
        }

        return new ParsedDeputy(uid.Trim().ToUpperInvariant(), civility, string.Join(' ', new[] { first, last }.OfType<string>()), mandates);
    }

    private static JsonElement? Child(JsonElement? element, string name) =>
        element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    private static string? Text(JsonElement? element, string name) =>
        element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;
}
