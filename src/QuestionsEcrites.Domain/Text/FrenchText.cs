using System.Globalization;

namespace QuestionsEcrites.Domain.Text;

/// <summary>French culture rules for text shown or stored: one culture, one way to capitalise.</summary>
public static class FrenchText
{
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>« santé » → « Santé »; a value that starts with a capital or a non-letter is kept as is.</summary>
    public static string UpperFirst(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length == 0 || char.IsUpper(value[0]) ? value : char.ToUpper(value[0], Culture) + value[1..];
    }

    public static string? UpperFirstOrNull(string? value) => value is null ? null : UpperFirst(value);
}
