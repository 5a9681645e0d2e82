namespace QuestionsEcrites.Web.Errors;

/// <summary>
/// The machine routes: the JSON API (<c>/api</c>), the feeds (<c>/flux</c>) and the downloads
/// (<c>/telechargement</c>). Their errors are problem+json; the pages' are French HTML.
/// </summary>
public static class ApiPaths
{
    public static bool IsApi(PathString path) =>
        path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/flux", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/telechargement", StringComparison.OrdinalIgnoreCase);
}
