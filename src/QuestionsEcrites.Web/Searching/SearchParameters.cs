using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using QuestionsEcrites.Search.Querying;
using QuestionsEcrites.Web.Parameters;

namespace QuestionsEcrites.Web.Searching;

/// <summary>
/// The query-string parameters of <c>/questions</c> and <c>/api/questions</c> (DESIGN.md §6), as typed, bound by
/// the framework from the query string only (<c>[BindProperty]</c> on pages, <c>[AsParameters]</c> in the API;
/// a page's own route value « page » must not be taken for the page number). Validation turns them into a <see cref="QuestionSearchRequest"/> or into French messages
/// naming the parameter.
/// </summary>
public sealed record SearchParameters
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = QuestionSearchRequest.MaxPageSize;

    public const int MaxDepth = QuestionSearchRequest.MaxDepth;

    [FromQuery(Name = "q")]
    public string? Q { get; set; }

    [FromQuery(Name = "rubrique")]
    public string? Rubrique { get; set; }

    /// <summary>One of the questions' analyses (« Agriculture biologique »), as named or as a slug.</summary>
    [FromQuery(Name = "analyse")]
    public string? Analyse { get; set; }

    [FromQuery(Name = "ministere")]
    public string? Ministere { get; set; }

    [FromQuery(Name = "auteur")]
    public string? Auteur { get; set; }

    [FromQuery(Name = "groupe")]
    public string? Groupe { get; set; }

    [FromQuery(Name = "departement")]
    public string? Departement { get; set; }

    [FromQuery(Name = "statut")]
    public string? Statut { get; set; }

    [FromQuery(Name = "du")]
    public string? Du { get; set; }

    [FromQuery(Name = "au")]
    public string? Au { get; set; }

    [FromQuery(Name = "legislature")]
    public string? Legislature { get; set; }

    [FromQuery(Name = "type")]
    public string? Type { get; set; }

    [FromQuery(Name = "tri")]
    public string? Tri { get; set; }

    [FromQuery(Name = "page")]
    public string? Page { get; set; }

    [FromQuery(Name = "taille")]
    public string? Taille { get; set; }

    /// <summary>« oui »: only the questions whose text other deputies tabled too (« questions identiques »).</summary>
    [FromQuery(Name = "identiques")]
    public string? Identiques { get; set; }

    /// <summary>Whether the list keeps only questions with identical texts (valid once <see cref="Validate"/> found no error).</summary>
    public bool OnlyIdenticalTexts => string.Equals(Identiques?.Trim(), "oui", StringComparison.OrdinalIgnoreCase);

    /// <summary>« stricte »: search the words as typed, without serving a corrected spelling when they find nothing.</summary>
    [FromQuery(Name = "orthographe")]
    public string? Orthographe { get; set; }

    /// <summary>The request, or the list of problems (parameter name → French message).</summary>
    public QuestionSearchRequest? Validate(out Dictionary<string, string> errors)
    {
        errors = [];
        if (UserQueryParser.Refusal(Q) is { } refusal)
        {
            errors["q"] = refusal; // work that cannot be bounded is refused, not run for seconds nor silently cut
        }

        var page = ParameterValues.Int("page", Page, 1, int.MaxValue, 1, errors, "un entier supérieur ou égal à 1");
        var size = ParameterValues.Int("taille", Taille, 1, MaxPageSize, DefaultPageSize, errors, $"un entier entre 1 et {MaxPageSize}");
        int? legislature = string.IsNullOrWhiteSpace(Legislature)
            ? null
            : ParameterValues.Int("legislature", Legislature, 1, 99, 0, errors, "un numéro de législature (entier de 1 à 99)");
        var from = ParameterValues.Date("du", Du, errors);
        var to = ParameterValues.Date("au", Au, errors);
        ParameterValues.CheckWindow(from, to, Du, Au, errors);

        var sort = SearchSort.Relevance;
        switch (Tri?.Trim().ToLowerInvariant())
        {
            case null or "" or "pertinence":
                break;
            case "date":
                sort = SearchSort.Date;
                break;
            default:
                errors["tri"] = $"Le paramètre « tri » vaut « pertinence » ou « date », pas « {Tri} ».";
                break;
        }

        QuestionStatus? status = null;
        if (!string.IsNullOrWhiteSpace(Statut))
        {
            if (QuestionStatusExtensions.TryParseCode(Statut, out var parsed))
            {
                status = parsed;
            }
            else
            {
                errors["statut"] = $"Le paramètre « statut » vaut « pending », « answered » ou « closed », pas « {Statut} ».";
            }
        }

        var type = QuestionType.QE;
        if (!string.IsNullOrWhiteSpace(Type))
        {
            if (QuestionTypeCodes.TryParse(Type, out var parsedType))
            {
                type = parsedType;
            }
            else
            {
                errors["type"] = $"Le paramètre « type » vaut « QE », « QG » ou « QOSD », pas « {Type} ».";
            }
        }

        if (!string.IsNullOrWhiteSpace(Identiques) && !OnlyIdenticalTexts)
        {
            errors["identiques"] = $"Le paramètre « identiques » vaut « oui » (les questions dont le texte est repris par d'autres députés), pas « {Identiques} ».";
        }

        var strictSpelling = false;
        switch (Orthographe?.Trim().ToLowerInvariant())
        {
            case null or "":
                break;
            case "stricte":
                strictSpelling = true;
                break;
            default:
                errors["orthographe"] = $"Le paramètre « orthographe » vaut « stricte » (chercher les mots tels quels), pas « {Orthographe} ».";
                break;
        }

        if (errors.Count == 0 && (long)page * size > MaxDepth)
        {
            errors["page"] = string.Create(Formatting.French.Culture, $"Le paramètre « page » ({page}) va trop loin : au-delà de {MaxDepth:N0} résultats, affinez la recherche avec des filtres.");
        }

        if (errors.Count > 0)
        {
            return null;
        }

        return new QuestionSearchRequest
        {
            Text = string.IsNullOrWhiteSpace(Q) ? null : Q,
            Rubrique = Blank(Rubrique),
            Analyse = Blank(Analyse),
            Ministry = Blank(Ministere),
            Author = Blank(Auteur),
            Group = Blank(Groupe),
            Department = Blank(Departement),
            Status = status,
            From = from,
            To = to,
            Legislature = legislature,
            Type = type,
            Sort = sort,
            Page = page,
            PageSize = size,
            CorrectSpelling = !strictSpelling,
        };
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
