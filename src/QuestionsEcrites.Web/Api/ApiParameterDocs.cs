using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace QuestionsEcrites.Web.Api;

/// <summary>
/// The French description of each query and route parameter of the API, with its type, allowed values and range.
/// The endpoints take them as strings (so that a bad value gets a French message naming it, not a binding
/// failure); the document says what is accepted.
/// </summary>
internal static class ApiParameterDocs
{
    private sealed record Doc(string Description, JsonSchemaType Type = JsonSchemaType.String, string[]? Values = null, int? Minimum = null, int? Maximum = null, string? Format = null);

    private static readonly Dictionary<string, Doc> Docs = new(StringComparer.Ordinal)
    {
        ["q"] = new("Texte cherché dans les titres, questions, réponses et indexations : mots (tous requis), \"expression exacte\", -exclu, OR, préfixe* (3 lettres au moins). Les fautes de frappe sont corrigées quand rien n'est trouvé (voir « orthographe »). Au plus 1 000 caractères, 32 termes ou expressions et 8 préfixes : au-delà, 400 nommant « q »."),
        ["rubrique"] = new("Rubrique, par son nom publié (« Santé ») ou son identifiant d'URL (« sante »), sans égard aux accents ni à la casse."),
        ["analyse"] = new("Une analyse de l'indexation (« Agriculture biologique »), par son nom ou son identifiant d'URL."),
        ["ministere"] = new("Ministère interrogé ou attributaire, par son nom ou son identifiant d'URL."),
        ["auteur"] = new("Député auteur, par son nom ou son identifiant d'URL (« marie-charlotte-garin-17 »)."),
        ["groupe"] = new("Groupe politique de l'auteur au moment de la question, par son nom ou son identifiant d'URL."),
        ["departement"] = new("Département de la circonscription de l'auteur (« Rhône »)."),
        ["statut"] = new("État de la question.", Values: ["pending", "answered", "closed"]),
        ["du"] = new("Publiée à partir de cette date (incluse).", Format: "date"),
        ["au"] = new("Publiée jusqu'à cette date (incluse).", Format: "date"),
        ["legislature"] = new("Législature (17 pour l'actuelle).", JsonSchemaType.Integer, Minimum: 1, Maximum: 99),
        ["type"] = new("Type de question : écrite (QE, par défaut), au Gouvernement (QG), orale sans débat (QOSD).", Values: ["QE", "QG", "QOSD"]),
        ["tri"] = new("Ordre de la liste : pertinence (par défaut ; la plus récente d'abord sans texte cherché) ou date de publication."),
        ["page"] = new("Numéro de page, à partir de 1 ; au plus 100 000 résultats au total (page × taille).", JsonSchemaType.Integer, Minimum: 1),
        ["taille"] = new("Nombre de questions par page.", JsonSchemaType.Integer, Minimum: 1, Maximum: SearchParameters.MaxPageSize),
        ["identiques"] = new("« oui » : seulement les questions dont le texte est repris à l'identique par d'autres députés.", Values: ["oui"]),
        ["orthographe"] = new("« stricte » : chercher les mots tels quels, sans correction orthographique.", Values: ["stricte"]),
        ["ordre"] = new("Sens du tri du tableau : croissant ou décroissant.", Values: ["asc", "desc"]),
        ["number"] = new("Numéro de la question dans sa législature.", JsonSchemaType.Integer, Minimum: 1),
    };

    /// <summary>Sorts of the statistics tables (a different « tri » than the lists').</summary>
    private static readonly string[] ScoreboardSorts = [.. Statistics.ScoreboardColumns.All.Select(c => c.Code)];

    public static Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var path = context.Description.RelativePath ?? string.Empty;
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.Name is not { } name || !Docs.TryGetValue(name, out var doc))
            {
                continue;
            }

            var values = name == "tri" ? (path.StartsWith("api/statistiques", StringComparison.Ordinal) ? ScoreboardSorts : ["pertinence", "date"]) : doc.Values;
            parameter.Description = name == "legislature" && parameter.In == ParameterLocation.Path ? "Législature de la question." : doc.Description;
            parameter.Schema = new OpenApiSchema
            {
                Type = doc.Type,
                Format = doc.Format,
                Enum = values?.Select(v => (JsonNode)JsonValue.Create(v)).ToList(),
                Minimum = doc.Minimum?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Maximum = doc.Maximum?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
        }

        return Task.CompletedTask;
    }
}
