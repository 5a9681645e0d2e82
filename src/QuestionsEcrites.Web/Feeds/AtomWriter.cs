using System.Globalization;
using System.Text;
using System.Xml;

namespace QuestionsEcrites.Web.Feeds;

/// <summary>Writes an <see cref="AtomFeed"/> as UTF-8 Atom XML (RFC 4287), streamed.</summary>
public static class AtomWriter
{
    public const string ContentType = "application/atom+xml; charset=utf-8";

    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    public static async Task WriteAsync(AtomFeed feed, Stream output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var settings = new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = true };
        await using var xml = XmlWriter.Create(output, settings);
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "feed", AtomNamespace);
        await xml.WriteAttributeStringAsync("xml", "lang", null, "fr");
        await Element(xml, "id", feed.Id);
        await Element(xml, "title", feed.Title);
        await Element(xml, "updated", Timestamp(feed.Updated));
        await Link(xml, "self", "application/atom+xml", feed.Self);
        await Link(xml, "alternate", "text/html", feed.Alternate);
        await xml.WriteStartElementAsync(null, "author", AtomNamespace);
        await Element(xml, "name", "Questions écrites");
        await xml.WriteEndElementAsync();
        await Element(xml, "generator", "Questions écrites");
        foreach (var entry in feed.Entries)
        {
            ct.ThrowIfCancellationRequested();
            await xml.WriteStartElementAsync(null, "entry", AtomNamespace);
            await Element(xml, "id", entry.Id);
            await Element(xml, "title", entry.Title);
            await Element(xml, "updated", Timestamp(entry.Updated));
            await Link(xml, "alternate", "text/html", entry.Link);
            if (entry.Author is not null)
            {
                await xml.WriteStartElementAsync(null, "author", AtomNamespace);
                await Element(xml, "name", entry.Author);
                await xml.WriteEndElementAsync();
            }

            await xml.WriteStartElementAsync(null, "category", AtomNamespace);
            await xml.WriteAttributeStringAsync(null, "term", null, entry.Category);
            await xml.WriteAttributeStringAsync(null, "label", null, entry.CategoryLabel);
            await xml.WriteEndElementAsync();
            await xml.WriteStartElementAsync(null, "summary", AtomNamespace);
            await xml.WriteAttributeStringAsync(null, "type", null, "html");
            await xml.WriteStringAsync(entry.SummaryHtml);
            await xml.WriteEndElementAsync();
            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }

    /// <summary>RFC 3339, as Atom requires.</summary>
    public static string Timestamp(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static Task Element(XmlWriter xml, string name, string value) => xml.WriteElementStringAsync(null, name, AtomNamespace, value);

    private static async Task Link(XmlWriter xml, string rel, string type, Uri href)
    {
        await xml.WriteStartElementAsync(null, "link", AtomNamespace);
        await xml.WriteAttributeStringAsync(null, "rel", null, rel);
        await xml.WriteAttributeStringAsync(null, "type", null, type);
        await xml.WriteAttributeStringAsync(null, "href", null, href.AbsoluteUri);
        await xml.WriteEndElementAsync();
    }
}
