using System.Globalization;
using QuestionsEcrites.Web.Formatting;

namespace QuestionsEcrites.Web.Pages.Shared.Results;

/// <summary>How the list's parameters and their values are named to users.</summary>
public static class FilterLabels
{
    /// <summary>The filters shown as removable chips, in this order.</summary>
    public static IReadOnlyList<(string Name, string Label)> Filters { get; } =
    [
        ("rubrique", "Rubrique"), ("analyse", "Analyse"), ("ministere", "Ministère"), ("auteur", "Député"), ("groupe", "Groupe"),
        ("departement", "Département"), ("statut", "Statut"), ("legislature", "Législature"), ("type", "Type"),
        ("identiques", "Texte repris par d'autres députés"),
    ];

    /// <summary>« answered » → « Répondue », « 17 » (législature) → « 17e législature »; other values as they are.</summary>
    public static string ValueLabel(string name, string value) => name switch
    {
        "statut" => French.StatusLabel(value),
        "legislature" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var legislature) => French.Legislature(legislature),
        _ => value,
    };
}
