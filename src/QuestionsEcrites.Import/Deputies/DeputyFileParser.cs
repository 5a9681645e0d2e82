using System.Globalization;
using System.Text.Json;
using QuestionsEcrites.Import.OpenData;

namespace QuestionsEcrites.Import.Deputies;

/// <summary>
/// Reads the Assemblée's deputies file (open data « acteurs »: one <c>{"acteur": …}</c> per file, or a list), which
/// gives the names behind the identifiers of the questions' dump.
/// </summary>
public static class DeputyFileParser
{
    /// <summary>True when the JSON text is a deputies file rather than a question.</summary>
    public static bool LooksLikeDeputies(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var head = json.AsSpan(0, Math.Min(json.Length, 400));
        return head.Contains("\"acteur", StringComparison.Ordinal) && !head.Contains("\"question\"", StringComparison.Ordinal);
    }

    /// <summary>True when a document already read (from JSON or XML) holds deputies rather than a question.</summary>
    public static bool HoldsDeputies(JsonElement root)
    {
        try
        {
            return root.ValueKind == JsonValueKind.Object && !root.TryGetProperty("question", out _) && FindActors(root).Any();
        }
        catch (InvalidOperationException)
        {
            return false; // a name with half a UTF-16 pair: read as a question, which reports it
        }
    }

    public static (IReadOnlyList<ParsedDeputy> Deputies, string? Error) Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json, OpenDataJson.DocumentOptions);
            return Parse(document.RootElement);
        }
        catch (JsonException ex)
        {
            return ([], OpenDataJson.InvalidMessage(ex));
        }
    }

    /// <summary>The deputies of a file already read (from its JSON, or from its XML by <see cref="OpenDataXml"/>).</summary>
    public static (IReadOnlyList<ParsedDeputy> Deputies, string? Error) Parse(JsonElement root)
    {
        try
        {
            var deputies = new List<ParsedDeputy>();
            foreach (var actor in FindActors(root))
            {
                if (OpenDataJson.Read<OpenDataActor>(actor) is { } record && Read(record) is { } deputy)
                {
                    deputies.Add(deputy);
                }
            }

            return deputies.Count == 0 ? ([], "fichier d'acteurs sans député lisible (uid, etatCivil.ident attendus)") : (deputies, null);
        }
        catch (JsonException ex)
        {
            return ([], $"fiche de député illisible : {ex.Message}");
        }
        catch (InvalidOperationException)
        {
            return ([], OpenDataJson.LoneSurrogateMessage); // half a UTF-16 pair in a string (found by fuzzing)
        }
    }

    /// <summary>The actors of a file: one <c>{"acteur": …}</c>, a list of them, or an export of many.</summary>
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

    private static ParsedDeputy? Read(OpenDataActor actor)
    {
        var ident = actor.EtatCivil?.Ident;
        if (actor.UidText is not { } uid || ident?.Nom is null)
        {
            return null;
        }

        var civility = ident.Civ switch
        {
            "M." or "M" => "M.",
            "Mme" or "Mme." => "Mme",
            var other => other,
        };
        var mandates = new List<ParsedMandate>();
        foreach (var mandate in actor.Mandats?.Mandat ?? [])
        {
            if (mandate.TypeOrgane is not "ASSEMBLEE" || !int.TryParse(mandate.Legislature, CultureInfo.InvariantCulture, out var legislature))
            {
                continue;
            }

            var place = mandate.Election?.Lieu;
            mandates.Add(new ParsedMandate(
                legislature,
                place?.Departement ?? place?.Region,
                int.TryParse(place?.NumCirco, CultureInfo.InvariantCulture, out var circo) ? circo : null));
        }

        return new ParsedDeputy(uid.Trim().ToUpperInvariant(), civility, string.Join(' ', new[] { ident.Prenom, ident.Nom }.OfType<string>()), mandates);
    }
}
