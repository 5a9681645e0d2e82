namespace QuestionsEcrites.Web.Api;

/// <summary>
/// <c>GET /api/sante</c>: a liveness check for operators and load balancers, and the framework's ceiling in the
/// HTTP benchmarks (the same pipeline as the API, no database or index work). It answers <c>{"statut":"ok"}</c>
/// as soon as the site serves requests; it says nothing of the store or the index, which the site opens on first use.
/// </summary>
public static class HealthApi
{
    private static readonly ApiHealth Healthy = new("ok");

    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/sante", (HttpResponse response) =>
        {
            // A probe must see the live state, never a cached answer.
            response.Headers.CacheControl = "no-store";
            return TypedResults.Ok(Healthy);
        }).WithMetadata(new Caching.NoValidatorsAttribute())
            .WithTags("Service")
            .WithSummary("Le service répond")
            .WithDescription("Sonde de vie : {\"statut\":\"ok\"} dès que le site sert des requêtes.");
        return app;
    }
}

public sealed record ApiHealth(string Statut);
