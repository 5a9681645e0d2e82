using System.Globalization;

namespace QuestionsEcrites.Web.Parameters;

/// <summary>
/// How query-string values are read, for every page and endpoint alike: the value, or a French message naming
/// the parameter and quoting what was received (shortened).
/// </summary>
public static class ParameterValues
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    /// <summary>An integer within [min, max]; <paramref name="fallback"/> when absent or wrong (the error says which).</summary>
    public static int Int(string name, string? value, int min, int max, int fallback, Dictionary<string, string> errors, string expected)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed >= min && parsed <= max)
        {
            return parsed;
        }

        errors[name] = $"Le paramètre « {name} » doit être {expected} (reçu : « {Truncate(value)} »).";
        return fallback;
    }

    /// <summary>A date (AAAA-MM-JJ, or JJ/MM/AAAA); null when absent or impossible (the error says which).</summary>
    public static DateOnly? Date(string name, string? value, Dictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors[name] = $"Le paramètre « {name} » doit être une date au format AAAA-MM-JJ (reçu : « {Truncate(value)} »).";
        return null;
    }

    /// <summary>« du » after « au »: the message, on « du ».</summary>
    public static void CheckWindow(DateOnly? from, DateOnly? to, string? du, string? au, Dictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (from is not null && to is not null && from > to)
        {
            errors["du"] = $"La date « du » ({du}) doit précéder la date « au » ({au}).";
        }
    }

    public static string Truncate(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length <= 40 ? value : value[..40] + "…";
    }
}
