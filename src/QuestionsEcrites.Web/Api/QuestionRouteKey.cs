using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace QuestionsEcrites.Web.Api;

/// <summary>A question's key as machine routes take it (<c>/{legislature}/{number}?type=</c>), checked in French.</summary>
public static class QuestionRouteKey
{
    /// <summary>A question's key from its route, or the French messages naming each bad part.</summary>
    public static Dictionary<string, string>? Parse(string legislature, string number, string? type, out QuestionKey key)
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

        key = new QuestionKey(questionType, leg, num);
        return errors.Count > 0 ? errors : null;
    }

    public static ProblemHttpResult NotFound(QuestionKey key) => TypedResults.Problem(
        title: "Question introuvable",
        detail: $"Aucune question {key.Type} n° {key.Number} de la {key.Legislature}e législature n'est connue.",
        statusCode: StatusCodes.Status404NotFound);
}
