using System.Globalization;
using QuestionsEcrites.Domain.Text;

namespace QuestionsEcrites.Web.Formatting;

/// <summary>How numbers, dates and labels are shown to users: « 3 décembre 2024 », « 1 234 », « 72 % ».</summary>
public static class French
{
    public static CultureInfo Culture => FrenchText.Culture;

    public static string Date(DateOnly date) =>
        date.Day == 1 ? "1er " + date.ToString("MMMM yyyy", Culture) : date.ToString("d MMMM yyyy", Culture);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "date inconnue";

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString("N0", Culture);

    public static string Percent(double share) => share.ToString("P0", Culture);

    public static string Days(int days) => days <= 1 ? $"{days} jour" : $"{Number(days)} jours";

    /// <summary>« 1re », « 2e », « 17e »: the ordinal of legislatures and circonscriptions.</summary>
    public static string Ordinal(int number) => number == 1 ? "1re" : $"{number}e";

    public static string Legislature(int legislature) => $"{Ordinal(legislature)} législature";

    public static string TypeLabel(QuestionType type) => type switch
    {
        QuestionType.QE => "Question écrite",
        QuestionType.QG => "Question au Gouvernement",
        QuestionType.QOSD => "Question orale sans débat",
        _ => type.ToString(),
    };

    public static string StatusLabel(string code) =>
        QuestionStatusExtensions.TryParseCode(code, out var status) ? status.ToLabel() : code;
}
