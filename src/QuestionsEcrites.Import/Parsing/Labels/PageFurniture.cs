using System.Text.RegularExpressions;

namespace QuestionsEcrites.Import.Parsing.Labels;

/// <summary>
/// What a web page says around a question that is not the question: navigation, the footer and the Assemblée's
/// address, sharing, printing and social-media links, cookie and newsletter notices. The readers take texts from
/// the page's structure (<see cref="Html.HtmlText"/> skips navigation and footers); this guard catches the same
/// lines wherever they still come from — a page saved as text, a layout we do not know, a copied footer.
/// </summary>
public static partial class PageFurniture
{
    /// <summary>Whether a paragraph is furniture as a whole.</summary>
    public static bool IsFurniture(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var text = paragraph.Trim().TrimStart('-', '•', ' '); // a menu's items come as a list
        if (text.Length == 0)
        {
            return false;
        }

        // Short lines that are only a label of the page (« Haut de page », « Partager sur Facebook »), alone or in a
        // row of them (« Mentions légales | Accessibilité | Plan du site »).
        if (text.Length <= 160 && Separators().Split(text).All(part => part.Trim().Length == 0 || FurnitureLabel().IsMatch(part.Trim())))
        {
            return true;
        }

        // The address line, alone or after the site's name.
        return Address().Match(text) is { Success: true } address && SiteName().IsMatch(text[..address.Index]);
    }

    /// <summary>
    /// The paragraph without furniture glued to its end (« … sera évalué en 2025. Assemblée nationale - 126 rue de
    /// l'Université… »): the text before it, or null when nothing else remains.
    /// </summary>
    public static string? Strip(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        if (IsFurniture(paragraph))
        {
            return null;
        }

        if (GluedAddress().Match(paragraph) is { Success: true } glued)
        {
            var kept = paragraph[..glued.Index].TrimEnd(' ', '-', '|', '·', '–');
            return kept.Length == 0 ? null : kept;
        }

        return paragraph;
    }

    [GeneratedRegex(@"\s[|·•]\s|\s{2,}|\s[-–]\s(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex Separators();

    // Labels of navigation, sharing, printing and the site's footer, as whole lines (case and accents as published).
    [GeneratedRegex(
        @"^(?:haut de (?:la )?page|retour (?:en haut(?: de (?:la )?page)?|à l'accueil|au sommaire)|aller au contenu(?: principal)?|accès direct au contenu|menu|fermer|rechercher|accueil|précédent|suivant|"
        + @"partager(?: (?:sur|via|par) [\p{L} ]+)?(?: \(nouvel onglet\))?|partage|imprimer(?: (?:cette|la) page)?|version imprimable|envoyer (?:à un ami|par (?:e-?mail|courriel))|"
        + @"facebook|twitter|x \(ex-twitter\)|linkedin|instagram|youtube|dailymotion|mastodon|bluesky|flickr|suivez-nous(?: sur [\p{L} ]+)?|"
        + @"mentions légales|plan du site|accessibilité(?: ?: ?[\p{L} ]+)?|contact(?:er le webmestre)?|nous contacter|données personnelles|gestion des cookies|cookies|fils? rss|"
        + @"©? ?tous droits réservés(?: assemblée nationale)?(?: \d{4})?|© ?assemblée nationale(?: \d{4})?|assemblée nationale|"
        + @"s'abonner(?: à un service)?|abonnez-vous(?: à la lettre d'actualité)?|inscrivez-vous à notre lettre|une semaine à l'assemblée|open data|boutique de l'assemblée)[ .]*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FurnitureLabel();

    // The Assemblée's postal address and switchboard, the footer of every one of its pages.
    [GeneratedRegex(@"126,? rue de l'Universit[ée]|75355 Paris(?: 07)?(?: SP)?|Standard\s*:?\s*01 40 63 60 00|01 40 63 60 00", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Address();

    [GeneratedRegex(@"^\s*(?:Assemblée nationale\s*[-–,:]?\s*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SiteName();

    [GeneratedRegex(@"(?:Assemblée nationale\s*[-–,]\s*)?126,? rue de l'Universit[ée]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GluedAddress();
}
