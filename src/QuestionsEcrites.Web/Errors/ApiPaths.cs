namespace QuestionsEcrites.Web.Errors;

/// <summary>The JSON API lives under <c>/api</c>: its errors are problem+json, the pages' are French HTML.</summary>
public static class ApiPaths
{
    public static bool IsApi(PathString path) => path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}
