using System.Globalization;
using System.Text.RegularExpressions;

namespace QuestionsEcrites.Import.Parsing;

/// <summary>Finds a date in French text: « 3 décembre 2024 », « 1er juin 2022 », « 30/01/2024 » or « 2024-01-30 ».</summary>
public static partial class FrenchDates
{
    private static readonly string[] Months =
    [
        "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
    ];

    /// <summary>The first date in <paramref name="text"/>, with where it stood; null when there is none or it is impossible.</summary>
    public static (DateOnly Date, int Index, int Length)? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = DatePattern().Match(text);
        while (match.Success)
        {
            var date = ToDate(match);
            if (date is not null)
            {
                return (date.Value, match.Index, match.Length);
            }

            match = match.NextMatch();
        }

        return null;
    }

    public static DateOnly? Parse(string text) => Find(text)?.Date;

    private static DateOnly? ToDate(Match match)
    {
        int day, month, year;
        if (match.Groups["month"].Success)
        {
            day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
            month = Array.IndexOf(Months, Domain.Text.Slugs.Fold(match.Groups["month"].Value)) + 1;
            year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        }
        else if (match.Groups["nday"].Success)
        {
            day = int.Parse(match.Groups["nday"].Value, CultureInfo.InvariantCulture);
            month = int.Parse(match.Groups["nmonth"].Value, CultureInfo.InvariantCulture);
            year = int.Parse(match.Groups["nyear"].Value, CultureInfo.InvariantCulture);
        }
        else
        {
            day = int.Parse(match.Groups["iday"].Value, CultureInfo.InvariantCulture);
            month = int.Parse(match.Groups["imonth"].Value, CultureInfo.InvariantCulture);
            year = int.Parse(match.Groups["iyear"].Value, CultureInfo.InvariantCulture);
        }

        if (month is < 1 or > 12 || year is < 1800 or > 2200 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new DateOnly(year, month, day);
    }

    // Digits, not word boundaries, delimit a date: glued to a word it still reads (« le22/10/2024page 5629 »).
    [GeneratedRegex(
        @"(?<![0-9])(?<day>[0-9]{1,2})\s*(?:er|e|ème)?\s+(?<month>janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)\s+(?<year>[0-9]{4})(?![0-9])" +
        @"|(?<![0-9])(?<nday>[0-9]{1,2})[/.](?<nmonth>[0-9]{1,2})[/.](?<nyear>[0-9]{4})(?![0-9])" +
        @"|(?<![0-9])(?<iyear>[0-9]{4})-(?<imonth>[0-9]{2})-(?<iday>[0-9]{2})(?![0-9])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();
}
