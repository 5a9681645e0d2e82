using Microsoft.AspNetCore.Http.HttpResults;

namespace QuestionsEcrites.Web.Api;

/// <summary>The API's French problem+json answers, one shape for every endpoint.</summary>
public static class ApiProblems
{
    /// <summary>A 400 naming each bad parameter (<c>errors</c>: parameter → message).</summary>
    public static ProblemHttpResult BadRequest(Dictionary<string, string> errors) =>
        TypedResults.Problem(
            title: "Paramètre invalide",
            detail: string.Join(" ", errors.Values),
            statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["errors"] = errors });
}
