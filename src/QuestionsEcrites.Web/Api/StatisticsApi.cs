using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using QuestionsEcrites.Data.Statistics;
using QuestionsEcrites.Domain.Statistics;
using QuestionsEcrites.Web.Statistics;

namespace QuestionsEcrites.Web.Api;

/// <summary>
/// <c>GET /api/statistiques/{ministeres|deputes|groupes|rubriques}?legislature=&amp;du=&amp;au=</c> (DESIGN.md §8): the
/// scoreboards' figures, as of <c>asOf</c> (today in Paris). Bad parameters give a French problem+json 400.
/// </summary>
public static class StatisticsApi
{
    public static IEndpointRouteBuilder MapStatisticsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/statistiques").RequireRateLimiting(Security.ClientRateLimits.ApiPolicy).WithTags("Statistiques").ProducesProblem(StatusCodes.Status400BadRequest)
            .CacheOutput(Caching.StoreOutputCache.PolicyName);
        foreach (var (path, dimension) in Dimensions)
        {
            api.MapGet(path, ([AsParameters] StatisticsParameters parameters, AccountabilityService statistics, CancellationToken ct) =>
                    GetAsync(dimension, parameters, statistics, ct))
                .WithSummary($"Tableau des réponses par {Noun(dimension)}")
                .WithDescription("Questions posées, réponses, réponses dans le délai de deux mois, délai médian, en attente, en retard, closes sans réponse, signalées ; à la date « asOf » (Paris).");
        }

        return app;
    }

    private static string Noun(FigureDimension dimension) => dimension switch
    {
        FigureDimension.Ministry => "ministère",
        FigureDimension.Deputy => "député",
        FigureDimension.Group => "groupe",
        _ => "rubrique",
    };

    private static readonly (string Path, FigureDimension Dimension)[] Dimensions =
    [
        ("/ministeres", FigureDimension.Ministry),
        ("/deputes", FigureDimension.Deputy),
        ("/groupes", FigureDimension.Group),
        ("/rubriques", FigureDimension.Rubrique),
    ];

    private static async Task<Results<Ok<ApiStatistics>, ProblemHttpResult>> GetAsync(
        FigureDimension dimension, StatisticsParameters parameters, AccountabilityService statistics, CancellationToken ct)
    {
        var filter = parameters.Validate(out var sort, out var errors);
        if (filter is null)
        {
            return ApiProblems.BadRequest(errors);
        }

        var board = await statistics.ScoreboardAsync(dimension, filter, sort, ct);
        return TypedResults.Ok(new ApiStatistics(Formatting.French.IsoDate(board.AsOf), board.Rows.Select(r => Item(dimension, r)).ToList()));
    }

    private static ApiStatisticsItem Item(FigureDimension dimension, ScoreboardRow row)
    {
        var f = row.Figures;
        return new ApiStatisticsItem(
            dimension == FigureDimension.Ministry ? row.Name : null,
            dimension == FigureDimension.Deputy ? row.Name : null,
            dimension == FigureDimension.Group ? row.Name : null,
            dimension == FigureDimension.Rubrique ? row.Name : null,
            row.Slug,
            f.Questions,
            f.Answered,
            f.AnsweredOnTime,
            f.MedianDays,
            f.Pending,
            f.Overdue,
            f.ClosedUnanswered,
            f.Signaled,
            f.SignaledAnsweredInTime,
            f.Undated,
            f.DueOrAnswered,
            f.SignaledDecided,
            f.OldestOverdue is { } o ? new ApiOverdue(o.Key.Legislature, o.Key.Number, Formatting.French.IsoDate(o.Due), o.DaysOverdue) : null);
    }
}

public sealed record ApiStatistics(string AsOf, IReadOnlyList<ApiStatisticsItem> Items);

/// <summary>
/// One row of a scoreboard. The name sits under <c>ministry</c>, <c>deputy</c>, <c>group</c> or <c>rubrique</c>
/// (the others are left out); after the contract's fields come the bases of the rates: <c>undated</c> (left out of
/// every figure), <c>dueOrAnswered</c> (the base of the on-time rate) and <c>signaledDecided</c>.
/// </summary>
public sealed record ApiStatisticsItem(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Ministry,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Deputy,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Group,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Rubrique,
    string Slug,
    int Questions,
    int Answered,
    int AnsweredOnTime,
    int? MedianDays,
    int Pending,
    int Overdue,
    int ClosedUnanswered,
    int Signaled,
    int SignaledAnsweredInTime,
    int Undated,
    int DueOrAnswered,
    int SignaledDecided,
    ApiOverdue? OldestOverdue);

public sealed record ApiOverdue(int Legislature, int Number, string DueOn, int Days);
