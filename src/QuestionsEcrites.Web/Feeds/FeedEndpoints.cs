using Microsoft.AspNetCore.Http.HttpResults;
using QuestionsEcrites.Web.Api;

namespace QuestionsEcrites.Web.Feeds;

/// <summary>
/// The Atom feeds: <c>/flux/questions?…</c> (any list: the parameters of <c>/questions</c>), one question's
/// <c>/flux/questions/{legislature}/{number}</c>, and a deputy's, a ministry's and a rubrique's. Bad parameters
/// answer as the API does (French problem+json), an unknown name 404. Conditional requests are answered 304 by
/// <see cref="Caching.ConditionalGetMiddleware"/> before any of this runs.
/// </summary>
public static class FeedEndpoints
{
    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder app)
    {
        var feeds = app.MapGroup("/flux").RequireRateLimiting(Security.ClientRateLimits.ApiPolicy);
        feeds.MapGet("/questions", ListAsync);
        feeds.MapGet("/questions/{legislature}/{number}", QuestionAsync);
        feeds.MapGet("/deputes/{slug}", (string slug, [AsParameters] SearchParameters parameters, HttpContext http, FeedBuilder builder, QuestionsDbContext db, LinkGenerator links, CancellationToken ct) =>
            NamedAsync(http, builder, parameters with { Auteur = slug }, db.Authors.Where(a => a.Slug == slug).Select(a => Author.DisplayNameOf(a.Civility, a.Name)), name => $"Questions de {name}", "/Deputes/Details", slug, links, ct));
        feeds.MapGet("/ministeres/{slug}", (string slug, [AsParameters] SearchParameters parameters, HttpContext http, FeedBuilder builder, QuestionsDbContext db, LinkGenerator links, CancellationToken ct) =>
            NamedAsync(http, builder, parameters with { Ministere = slug }, db.Ministries.Where(m => m.Slug == slug).Select(m => m.Name), name => $"Questions au ministère : {name}", "/Ministeres/Details", slug, links, ct));
        feeds.MapGet("/rubriques/{slug}", (string slug, [AsParameters] SearchParameters parameters, HttpContext http, FeedBuilder builder, QuestionsDbContext db, LinkGenerator links, CancellationToken ct) =>
            NamedAsync(http, builder, parameters with { Rubrique = slug }, db.Rubriques.Where(r => r.Slug == slug).Select(r => r.Name), name => $"Questions de la rubrique « {name} »", "/Rubriques/Details", slug, links, ct));
        return app;
    }

    private static async Task<IResult> ListAsync([AsParameters] SearchParameters parameters, HttpContext http, FeedBuilder builder, LinkGenerator links, CancellationToken ct)
    {
        var request = parameters.Validate(out var errors);
        if (request is null)
        {
            return ApiProblems.BadRequest(errors);
        }

        var alternate = new Uri(links.GetUriByPage(http, "/Questions/Index", handler: null) + http.Request.QueryString);
        var feed = await builder.ListAsync(http, ListTitle(parameters), request, parameters.OnlyIdenticalTexts, alternate, ct);
        return new AtomResult(feed);
    }

    private static async Task<IResult> QuestionAsync(string legislature, string number, string? type, HttpContext http, FeedBuilder builder, CancellationToken ct)
    {
        if (QuestionRouteKey.Parse(legislature, number, type, out var key) is { } errors)
        {
            return ApiProblems.BadRequest(errors);
        }

        return await builder.QuestionAsync(http, key, ct) is { } feed ? new AtomResult(feed) : QuestionRouteKey.NotFound(key);
    }

    private static async Task<IResult> NamedAsync(
        HttpContext http, FeedBuilder builder, SearchParameters parameters, IQueryable<string> name, Func<string, string> title, string page, string slug, LinkGenerator links, CancellationToken ct)
    {
        var request = parameters.Validate(out var errors);
        if (request is null)
        {
            return ApiProblems.BadRequest(errors);
        }

        if (await name.FirstOrDefaultAsync(ct) is not { } found)
        {
            return TypedResults.Problem(title: "Introuvable", detail: $"Aucune fiche « {slug} » n'est connue.", statusCode: StatusCodes.Status404NotFound);
        }

        var alternate = new Uri(links.GetUriByPage(http, page, handler: null, values: new { slug }) ?? throw new InvalidOperationException("No route to " + page));
        return new AtomResult(await builder.ListAsync(http, title(found), request, parameters.OnlyIdenticalTexts, alternate, ct));
    }

    /// <summary>« Questions écrites », then what the list searches and filters, in the order of the form.</summary>
    private static string ListTitle(SearchParameters p)
    {
        var parts = new (string Label, string? Value)[]
        {
            ("recherche", p.Q), ("rubrique", p.Rubrique), ("analyse", p.Analyse), ("ministère", p.Ministere), ("député", p.Auteur),
            ("groupe", p.Groupe), ("département", p.Departement), ("statut", p.Statut), ("du", p.Du), ("au", p.Au), ("législature", p.Legislature),
            ("identiques", p.Identiques),
        }.Where(x => !string.IsNullOrWhiteSpace(x.Value)).Select(x => $"{x.Label} « {x.Value!.Trim()} »").ToList();
        return parts.Count == 0 ? "Questions écrites : les dernières étapes" : "Questions écrites : " + string.Join(", ", parts);
    }

    private sealed class AtomResult(AtomFeed feed) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.ContentType = AtomWriter.ContentType;
            await AtomWriter.WriteAsync(feed, httpContext.Response.Body, httpContext.RequestAborted);
        }
    }
}
