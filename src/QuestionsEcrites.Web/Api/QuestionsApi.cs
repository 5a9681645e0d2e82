using System.Text.Json.Serialization;
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
        var api = app.MapGroup("/api/questions").RequireRateLimiting(Security.ClientRateLimits.ApiPolicy).WithTags("Questions").ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/", SearchAsync)
            .WithSummary("Chercher et parcourir les questions")
            .WithDescription("Les paramètres de la page /questions ; une page de résultats avec extraits (<mark>), facettes et, si la recherche a été corrigée, « correctedQuery ».");
        api.MapGet("/{legislature}/{number}", GetAsync).WithName(QuestionRoute)
            .WithSummary("Une question et sa réponse")
            .WithDescription("L'objet d'export (schéma de DESIGN.md §5) puis le délai de réponse à ce jour et les questions au texte ou à la réponse identiques.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{legislature}/{number}/proches", SimilarAsync)
            .WithSummary("Les questions proches d'une question")
            .WithDescription("Les dix questions les plus semblables par leur titre et leur texte, la plus proche d'abord.")
            .ProducesProblem(StatusCodes.Status404NotFound);
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

        var page = await search.SearchAsync(request, parameters.OnlyIdenticalTexts, ct);
        return TypedResults.Ok(new ApiSearchResponse(
            page.Total,
            request.Page,
            request.PageSize,
            page.Items.Select(i => new ApiQuestionItem(
                new QuestionKey(i.Type, i.Legislature, i.Number).Uid,
                i.Legislature,
                i.Number,
                i.Type.ToString(),
                i.Title,
                i.Rubrique,
                i.MinistryAssigned,
                i.Author,
                i.AuthorId,
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
                Facet(page.Facets.Analyse)),
            page.CorrectedQuery));
    }

    private static async Task<Results<Ok<ApiQuestion>, ProblemHttpResult>> GetAsync(
        string legislature, string number, string? type, QuestionExportReader reader, QuestionsEcrites.Data.Duplicates.IdenticalTextsQuery identical, TimeProvider time, CancellationToken ct)
    {
        if (QuestionRouteKey.Parse(legislature, number, type, out var key) is { } errors)
        {
            return ApiProblems.BadRequest(errors);
        }

        var question = await reader.FindAsync(key.Legislature, key.Number, key.Type, ct);
        return question is null
            ? QuestionRouteKey.NotFound(key)
            : TypedResults.Ok(ApiQuestion.From(question, key.Type, ParisCalendar.Today(time), await identical.ForAsync(key, ct)));
    }

    private static async Task<Results<Ok<ApiSimilarResponse>, ProblemHttpResult>> SimilarAsync(
        string legislature, string number, string? type, SimilarQuestionsService similar, HttpContext http, LinkGenerator links, CancellationToken ct)
    {
        if (QuestionRouteKey.Parse(legislature, number, type, out var key) is { } errors)
        {
            return ApiProblems.BadRequest(errors);
        }

        var found = await similar.FindAsync(key, ct);
        return found is null
            ? QuestionRouteKey.NotFound(key)
            : TypedResults.Ok(new ApiSimilarResponse(found.Select(s => new ApiSimilarItem(
                s.Legislature,
                s.Number,
                s.Type.ToString(),
                s.Title,
                s.Status.ToCode(),
                s.PublishedOn,
                s.Author,
                s.MinistryAssigned,
                Math.Round(s.Score, 4),
                links.GetPathByPage(http, "/Questions/Details", handler: null, values: new { legislature = s.Legislature, number = s.Number, type = s.Type == QuestionType.QE ? null : s.Type.ToString() }) ?? string.Empty)).ToList()));
    }

    private static List<ApiFacetValue> Facet(IReadOnlyList<FacetCount> counts) => counts.Select(c => new ApiFacetValue(c.Value, c.Count)).ToList();
}

/// <summary>
/// <c>GET /api/questions/{leg}/{n}</c>: the export object (its <c>uid</c> first), then the clock
/// as of today in Paris: <c>dueOn</c>, <c>delayDays</c>, <c>answeredOnTime</c>, <c>overdueDays</c> (null unless
/// overdue), and for a signalée <c>signaledDueOn</c> and <c>signaledAnsweredInTime</c> (null while its ten days run).
/// </summary>
public sealed record ApiQuestion : QuestionExport
{
    private ApiQuestion(QuestionExport export)
        : base(export)
    {
    }

    [JsonPropertyOrder(1)]
    public DateOnly? DueOn { get; init; }

    [JsonPropertyOrder(1)]
    public int? DelayDays { get; init; }

    [JsonPropertyOrder(1)]
    public bool? AnsweredOnTime { get; init; }

    [JsonPropertyOrder(1)]
    public int? OverdueDays { get; init; }

    [JsonPropertyOrder(1)]
    public DateOnly? SignaledDueOn { get; init; }

    [JsonPropertyOrder(1)]
    public bool? SignaledAnsweredInTime { get; init; }

    /// <summary>The questions whose text repeats this one's (another deputy, another salutation), oldest first.</summary>
    [JsonPropertyOrder(1)]
    public IReadOnlyList<ApiQuestionRef> IdenticalTo { get; init; } = [];

    /// <summary>The questions answered with this question's answer, word for word or nearly.</summary>
    [JsonPropertyOrder(1)]
    public IReadOnlyList<ApiQuestionRef> AnswerReusedBy { get; init; } = [];

    public static ApiQuestion From(QuestionExport export, QuestionType type, DateOnly today, QuestionsEcrites.Data.Duplicates.IdenticalTexts identical)
    {
        ArgumentNullException.ThrowIfNull(identical);
        ArgumentNullException.ThrowIfNull(export);
        var status = QuestionStatusExtensions.TryParseCode(export.Status, out var parsed) ? parsed : QuestionStatus.Pending;
        var clock = new AnswerClock(export.PublishedOn, export.Answer?.PublishedOn, export.SignaledOn, status);
        return new ApiQuestion(export)
        {
            DueOn = clock.Due,
            DelayDays = clock.DelayDays,
            AnsweredOnTime = clock.AnsweredOnTime,
            OverdueDays = clock.DaysOverdue(today),
            SignaledDueOn = clock.SignaledDue,
            SignaledAnsweredInTime = clock.SignaledAnsweredInTime(today),
            IdenticalTo = identical.SameText.Select(ApiQuestionRef.From).ToList(),
            AnswerReusedBy = identical.SameAnswer.Select(ApiQuestionRef.From).ToList(),
        };
    }
}

/// <summary>Another question, by its key.</summary>
public sealed record ApiQuestionRef(int Legislature, int Number)
{
    public static ApiQuestionRef From(QuestionsEcrites.Data.Duplicates.LinkedQuestion linked) => new(linked.Key.Legislature, linked.Key.Number);
}

/// <summary>The questions most like one, best first (<c>/api/questions/{leg}/{n}/proches</c>).</summary>
public sealed record ApiSimilarResponse(IReadOnlyList<ApiSimilarItem> Items);

public sealed record ApiSimilarItem(
    int Legislature,
    int Number,
    string Type,
    string Title,
    string Status,
    DateOnly? PublishedOn,
    string? Author,
    string? MinistryAssigned,
    double Score,
    string Url);

/// <summary>A page of the search; <c>correctedQuery</c> only when the text as typed found nothing and these are the results of its corrected spelling.</summary>
public sealed record ApiSearchResponse(
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<ApiQuestionItem> Items,
    ApiFacets Facets,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? CorrectedQuery = null);

public sealed record ApiQuestionItem(
    string Uid,
    int Legislature,
    int Number,
    string Type,
    string Title,
    string? Rubrique,
    string? MinistryAssigned,
    string? Author,
    [property: JsonPropertyName("authorId")] string? AuthorId,
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
