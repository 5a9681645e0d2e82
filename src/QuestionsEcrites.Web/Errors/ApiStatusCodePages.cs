using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;

namespace QuestionsEcrites.Web.Errors;

/// <summary>
/// An empty error response of the API (no route at this address, a method it does not take) gets a French
/// problem+json body, as its own errors have; the status and headers (<c>Allow</c> on a 405) are kept.
/// </summary>
public static class ApiStatusCodePages
{
    public static async Task WriteAsync(StatusCodeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        var status = http.Response.StatusCode;
        var (title, detail) = status switch
        {
            StatusCodes.Status404NotFound => ("Ressource introuvable", "Aucune ressource de l'API à cette adresse. Les adresses sont décrites dans le README (/api/questions, /api/questions/{législature}/{numéro})."),
            StatusCodes.Status405MethodNotAllowed => ("Méthode non autorisée", string.Create(CultureInfo.InvariantCulture, $"Cette adresse accepte : {http.Response.Headers.Allow}.")),
            _ => ("Erreur", string.Create(CultureInfo.InvariantCulture, $"La demande n'a pas abouti (statut {status}).")),
        };
        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = { Status = status, Title = title, Detail = detail } });
    }
}
