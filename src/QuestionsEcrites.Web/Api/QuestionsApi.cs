using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using QuestionsEcrites.Data.Export;
using QuestionsEcrites.Search.Querying;

namespace QuestionsEcrites.Web.Api;

/// <summary>
/// The JSON API of DESIGN.md §6: <c>GET /api/questions</c> (search and browse, with facets) and
/// <c>GET /api/questions/{legislature}/{number}</c> (the export object). Bad parameters give a French
/// <c>application/problem+json</c> 400, never a 500.
/// </summary>
public static class QuestionsApi
{
    /// <summary>The name of <c>GET /api/questions/{legislature}/{number}</c>, for links to it.</summary>
    public const string QuestionRoute = "api-question";

    public static IEndpointRouteBuilder MapQuestionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/questions");
        api.MapGet("/", SearchAsync);
        api.MapGet("/{legislature}/{number}", GetAsync).WithName(QuestionRoute);
        return app;
    }

    private static async Task<Results<Ok<ApiSearchResponse>, ProblemHttpResult>> SearchAsync(
        [AsParameters] SearchParameters parameters, HttpContext http, QuestionSearchService search, LinkGenerator links, CancellationToken ct)
    {
        var request = parameters.Validate(out var errors);
        if (request is null)
        {
            return ApiProblems.BadRequest(errors);
        }

        var page = await search.SearchAsync(request, ct);
        return TypedResults.Ok(new ApiSearchResponse(
            page.Total,
            request.Page,
            request.PageSize,
            page.Items.Select(i => new ApiQuestionItem(
                i.Legislature,
                i.Number,
                i.Type.ToString(),
                i.Title,
                i.Rubrique,
                i.MinistryAssigned,
                i.Author,
                i.PublishedOn,
                i.Status.ToCode(),
                i.Snippet,
                links.GetPathByPage(http, "/Questions/Details", handler: null, values: new { legislature = i.Legislature, number = i.Number, type = i.TypeRouteValue }) ?? string.Empty)).ToList(),
            new ApiFacets(
                Facet(page.Facets.Rubrique),
                Facet(page.Facets.Ministere),
                Facet(page.Facets.Groupe),
                Facet(page.Facets.Statut),
                Facet(page.Facets.Annee),
                Facet(page.Facets.Legislature),
                Facet(page.Facets.Analyse))));
    }

    private static async Task<Results<Ok<QuestionExport>, ProblemHttpResult>> GetAsync(
        string legislature, string number, string? type, QuestionExportReader reader, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>();
        if (!int.TryParse(legislature, NumberStyles.None, CultureInfo.InvariantCulture, out var leg) || leg is < 1 or > 99)
        {
            errors["legislature"] = $"La législature doit être un entier de 1 à 99 (reçu : « {legislature} »).";
        }

        if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var num) || num < 1)
        {
            errors["number"] = $"Le numéro de question doit être un entier positif (reçu : « {number} »).";
        }

        var questionType = QuestionType.QE;
        if (!string.IsNullOrWhiteSpace(type) && !QuestionTypeCodes.TryParse(type, out questionType))
        {
            errors["type"] = $"Le paramètre « type » vaut « QE », « QG » ou « QOSD », pas « {type} ».";
        }

        if (errors.Count > 0)
        {
            return ApiProblems.BadRequest(errors);
        }

        var question = await reader.FindAsync(leg, num, questionType, ct);
        return question is null
            ? TypedResults.Problem(
                title: "Question introuvable",
                detail: $"Aucune question {questionType} n° {num} de la {leg}e législature n'est connue.",
                statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Ok(question);
    }

    private static List<ApiFacetValue> Facet(IReadOnlyList<FacetCount> counts) => counts.Select(c => new ApiFacetValue(c.Value, c.Count)).ToList();
}

public sealed record ApiSearchResponse(int Total, int Page, int PageSize, IReadOnlyList<ApiQuestionItem> Items, ApiFacets Facets);

public sealed record ApiQuestionItem(
    int Legislature,
    int Number,
    string Type,
    string Title,
    string? Rubrique,
    string? MinistryAssigned,
    string? Author,
    DateOnly? PublishedOn,
    string Status,
    string? Snippet,
    string Url);

public sealed record ApiFacets(
    IReadOnlyList<ApiFacetValue> Rubrique,
    IReadOnlyList<ApiFacetValue> Ministere,
    IReadOnlyList<ApiFacetValue> Groupe,
    IReadOnlyList<ApiFacetValue> Statut,
    IReadOnlyList<ApiFacetValue> Annee,
    IReadOnlyList<ApiFacetValue> Legislature,
    IReadOnlyList<ApiFacetValue> Analyse);

public sealed record ApiFacetValue(string Value, int Count);
