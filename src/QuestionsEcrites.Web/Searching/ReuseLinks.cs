namespace QuestionsEcrites.Web.Searching;

/// <summary>
/// Where a list is followed and downloaded: its Atom feed (a deputy's, a ministry's or a rubrique's own feed on
/// their pages) and its CSV and JSON downloads, all with the list's own search and filters.
/// </summary>
public sealed record ReuseLinks(string Feed, string Csv, string CsvSemicolon, string Json)
{
    public static ReuseLinks For(string pathBase, SearchLinks links, (string Name, string Value)? fixedFilter)
    {
        ArgumentNullException.ThrowIfNull(links);
        var listed = links.Parameters.Where(p => p.Key is not ("page" or "taille")).ToList();
        var feedBase = fixedFilter switch
        {
            ("auteur", var slug) => $"/flux/deputes/{Uri.EscapeDataString(slug)}",
            ("ministere", var slug) => $"/flux/ministeres/{Uri.EscapeDataString(slug)}",
            ("rubrique", var slug) => $"/flux/rubriques/{Uri.EscapeDataString(slug)}",
            _ => "/flux/questions",
        };
        var feedParameters = listed.Where(p => p.Key != "tri").ToList();
        if (fixedFilter is ("groupe", var group))
        {
            feedParameters.Add(new("groupe", group));
        }

        var downloadParameters = fixedFilter is { } f ? listed.Append(new(f.Name, f.Value)).ToList() : listed;
        return new ReuseLinks(
            new SearchLinks(pathBase + feedBase, feedParameters).Current,
            new SearchLinks(pathBase + "/telechargement/questions.csv", downloadParameters).Current,
            new SearchLinks(pathBase + "/telechargement/questions.csv", [.. downloadParameters, new("separateur", "point-virgule")]).Current,
            new SearchLinks(pathBase + "/telechargement/questions.json", downloadParameters).Current);
    }
}
