using System.Globalization;
using System.Text;

namespace QuestionsEcrites.Benchmarks.Generation;

/// <summary>
/// Writes a <see cref="QuestionSpec"/> in the seed text format (a page of the Assemblée's site copied as text),
/// mixing the variants real copies show: plain or markdown headings and labels, links or not, « Date(s) clé(s) »
/// spelled several ways, superscripts as <c>5^e</c>, <c>1^{re}</c>, <c>3&lt;sup&gt;e&lt;/sup&gt;</c> or <c>3e</c>,
/// dates with or without « au JO » and pages, the older <c>Label &gt; value</c> layout and slash dates, « Ministère
/// répondant », lower-case rubriques, typographic apostrophes, no-break spaces, and answers split mid-sentence by
/// a page break. The variants are drawn from their own random stream, so they never change the content.
/// </summary>
internal static class SeedFormatWriter
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    private static readonly string[] KeyDatesHeadings =
        ["Date(s) clé(s)", "Date(s) clé(s)", "Date(s) clé(s)", "Date(s) clé(e)s", "Date(s) clée(s)", "Dates clés"];

    public static string Write(QuestionSpec q, Rng rng)
    {
        var markdown = rng.Chance(0.25);
        var links = rng.Chance(0.7);
        var typographic = rng.Chance(0.25);
        var noBreakSpace = rng.Chance(0.2);
        var arrows = q.Legislature <= 12 && rng.Chance(0.3);
        var slashDates = arrows || rng.Chance(0.05);
        var respondingLabel = q.Legislature == 17 && rng.Chance(0.3);
        var lowerRubrique = q.Legislature <= 13 && rng.Chance(0.3);
        var shortPublished = !slashDates && rng.Chance(0.15);
        var superscriptStyle = rng.Next(10) switch
        {
            < 5 => 0,
            < 7 => 1,
            < 9 => 2,
            _ => 3,
        };

        var heading = markdown ? "# " : string.Empty;
        var section = markdown ? "## " : string.Empty;
        var text = new StringBuilder(8_192);
        text.Append("\n\n\n\n");
        text.Append(heading).Append("ASSEMBLÉE NATIONALE\n\n");
        text.Append(LegislatureLine(q.Legislature, rng)).Append("\n\n");
        text.Append(Apostrophes(q.Title, typographic)).Append("\n\n");
        text.Append("Question écrite n° ").Append(q.Number.ToString(CultureInfo.InvariantCulture)).Append("\n\n");
        text.Append(section).Append("Texte de la question\n\n");
        foreach (var paragraph in q.QuestionParagraphs)
        {
            text.Append(Apostrophes(paragraph, typographic)).Append("\n\n");
        }

        if (q.AnswerParagraphs is { } answer)
        {
            text.Append(section).Append("Texte de la réponse\n\n");
            for (var i = 0; i < answer.Count; i++)
            {
                var paragraph = Apostrophes(answer[i], typographic);
                if (q.AnswerPageBreak is { } split && split.Paragraph == i)
                {
                    // Two paragraphs, the first ending mid-sentence: the parser must join them.
                    text.Append(paragraph, 0, split.Offset).Append("\n\n");
                    text.Append(paragraph, split.Offset + 1, paragraph.Length - split.Offset - 1).Append("\n\n");
                }
                else
                {
                    text.Append(paragraph).Append("\n\n");
                }
            }
        }

        var colon = noBreakSpace ? "\u00A0:" : " :";
        void Label(string label, string value, bool arrow = false)
        {
            if (arrow)
            {
                text.Append(label).Append(" > ").Append(value).Append("\n\n");
            }
            else if (markdown)
            {
                text.Append("**").Append(label).Append(colon).Append("** ").Append(value).Append("\n\n");
            }
            else
            {
                text.Append(label).Append(colon).Append(' ').Append(value).Append("\n\n");
            }
        }

        string Link(string value) => links ? $"[{value}](#)" : value;

        text.Append(section).Append("Données clés\n\n");
        var author = q.Author;
        Label("Auteur", Link($"{author.Civility} {author.Name}"));
        Label("Circonscription", $"{author.Department} ({Ordinal(author.Circonscription, superscriptStyle)} circonscription) - {author.Group}");
        Label("Type de question", "Question écrite");
        Label("Numéro de la question", q.Number.ToString(CultureInfo.InvariantCulture));
        Label("Rubrique", lowerRubrique ? q.Rubrique : UpperFirst(q.Rubrique), arrows);
        Label("Ministère interrogé", arrows ? q.MinistryAsked : Link(q.MinistryAsked), arrows);
        Label(respondingLabel ? "Ministère répondant" : "Ministère attributaire", arrows ? q.MinistryAssigned : Link(q.MinistryAssigned), arrows);

        text.Append(section).Append(rng.Pick(KeyDatesHeadings)).Append("\n\n");
        if (slashDates)
        {
            Label("Question publiée au JO le", $"{Slash(q.PublishedOn)} page : {q.JoPage}");
        }
        else if (shortPublished)
        {
            Label("Question publiée le", Date(q.PublishedOn, rng));
        }
        else
        {
            Label("Question publiée au JO le", $"{Link(Date(q.PublishedOn, rng))}, page {q.JoPage}");
        }

        if (q.SignaledOn is { } signaled)
        {
            Label("Question signalée au Gouvernement le", slashDates ? Slash(signaled) : Date(signaled, rng));
        }

        if (q.AttributionChangedOn is { } changed)
        {
            Label("Date de changement d'attribution", slashDates ? Slash(changed) : Date(changed, rng));
        }

        if (q.AnsweredOn is { } answered)
        {
            Label("Réponse publiée au JO le", slashDates ? $"{Slash(answered)} page : {q.AnswerPage}" : $"{Link(Date(answered, rng))}, page {q.AnswerPage}");
        }

        if (q.ClosedOn is { } closed)
        {
            Label("Question retirée le", $"{(slashDates ? Slash(closed) : Date(closed, rng))} ({q.ClosureReason})");
        }

        return Apostrophes(text.ToString(), typographic && rng.Chance(0.5));
    }

    private static string LegislatureLine(int legislature, Rng rng) => rng.Next(10) switch
    {
        < 8 => $"{legislature}ème législature",
        8 => $"{legislature}e législature",
        _ => $"{legislature}^e législature",
    };

    /// <summary>5^e, 1^{re}, 3&lt;sup&gt;e&lt;/sup&gt;, 3e, 3ème.</summary>
    private static string Ordinal(int n, int style)
    {
        var suffix = n == 1 ? (style == 3 ? "ère" : "re") : (style == 3 ? "ème" : "e");
        return style switch
        {
            0 => n == 1 ? $"{n}^{{{suffix}}}" : $"{n}^{suffix}",
            1 => $"{n}<sup>{suffix}</sup>",
            _ => $"{n}{suffix}",
        };
    }

    /// <summary>« 3 décembre 2024 », « 1er juin 2022 » (sometimes « 1^{er} juin 2022 »).</summary>
    private static string Date(DateOnly date, Rng rng)
    {
        var monthYear = date.ToString("MMMM yyyy", French);
        if (date.Day == 1)
        {
            return (rng.Chance(0.2) ? "1^{er} " : "1er ") + monthYear;
        }

        return date.Day.ToString(CultureInfo.InvariantCulture) + " " + monthYear;
    }

    private static string Slash(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Apostrophes(string text, bool typographic) => typographic ? text.Replace('\'', '’') : text;

    private static string UpperFirst(string value) => char.ToUpper(value[0], French) + value[1..];
}
