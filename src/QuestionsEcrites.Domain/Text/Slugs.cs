using System.Globalization;
using System.Text;

namespace QuestionsEcrites.Domain.Text;

/// <summary>URL slugs and comparison keys that ignore case, accents and punctuation.</summary>
public static class Slugs
{
    /// <summary>« Institutions sociales et médico sociales » → « institutions-sociales-et-medico-sociales ».</summary>
    public static string From(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var folded = Fold(value);
        var builder = new StringBuilder(folded.Length);
        var pendingDash = false;
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingDash && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(c);
                pendingDash = false;
            }
            else
            {
                pendingDash = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>Lower case without diacritics; ligatures expanded (« œ » → « oe »).</summary>
    public static string Fold(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var decomposed = value.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (c)
            {
                case 'œ' or 'Œ':
                    builder.Append("oe");
                    break;
                case 'æ' or 'Æ':
                    builder.Append("ae");
                    break;
                default:
                    if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                    {
                        builder.Append(char.ToLowerInvariant(c));
                    }

                    break;
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
