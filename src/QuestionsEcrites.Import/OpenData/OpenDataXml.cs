using System.Text;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;

namespace QuestionsEcrites.Import.OpenData;

/// <summary>
/// The Assemblée publishes each open-data dataset as XML and as JSON with one schema; its JSON is that XML written
/// by rule. This reads the XML into the JSON of the dump, so both go through the same typed records
/// (<see cref="OpenDataJson"/>) and the same parsers:
/// an element is a property named by its local name; siblings of one name are an array, a lone one an object or a
/// string; attributes are <c>"@prefix:name"</c> (<c>"@xsi:type"</c>), an element's text beside attributes is
/// <c>"#text"</c>; <c>xsi:nil="true"</c> and empty elements are null. A text's HTML (<c>texte</c>, or any element
/// mixing words and tags) stays one string of markup, as the JSON carries it.
/// </summary>
public static class OpenDataXml
{
    /// <summary>The namespace of every open-data document of the Assemblée.</summary>
    public const string Namespace = "http://schemas.assemblee-nationale.fr/referentiel";

    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>Elements whose content is HTML: kept as markup, whatever it holds.</summary>
    private static readonly HashSet<string> MarkupElements = new(StringComparer.Ordinal) { "texte" };

    private static readonly XmlReaderSettings Settings = new()
    {
        // A document from outside: no DTD (entity expansion), no resolution of external resources.
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersInDocument = 64 * 1024 * 1024,
    };

    /// <summary>
    /// True when a markup document declares the open data's namespace before its first closing tag, that is on its
    /// root element (a question, a deputy, an export of them), not somewhere in a page's text.
    /// </summary>
    public static bool IsOpenData(ReadOnlySpan<char> text)
    {
        text = text.TrimStart();
        // The prolog: the declaration, processing instructions, comments, a doctype.
        while (text.StartsWith("<?") || text.StartsWith("<!"))
        {
            var end = text.StartsWith("<!--") ? text.IndexOf("-->") + 3 : EndOfDeclaration(text);
            if (end <= 0)
            {
                return false;
            }

            text = text[end..].TrimStart();
        }

        var rootEnd = text.IndexOf('>');
        return text.StartsWith("<") && rootEnd > 0 && text[..rootEnd].Contains(Namespace, StringComparison.Ordinal);
    }

    /// <summary>Past a declaration's <c>&gt;</c>, or past a doctype's internal subset (<c>[…]&gt;</c>).</summary>
    private static int EndOfDeclaration(ReadOnlySpan<char> text)
    {
        var close = text.IndexOf('>');
        var subset = text.IndexOf('[');
        return subset >= 0 && subset < close ? text.IndexOf("]>") + 2 : close + 1;
    }

    /// <summary>The XML document as the dump's JSON (<c>{"question": {…}}</c>), or a French error naming the line.</summary>
    public static (JsonDocument? Json, string? Error) ToJson(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        XElement root;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), Settings);
            root = XDocument.Load(reader, LoadOptions.SetLineInfo).Root!;
        }
        catch (XmlException ex)
        {
            return (null, $"XML invalide (ligne {ex.LineNumber}, colonne {ex.LinePosition}) : {ex.Message}");
        }

        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WritePropertyName(root.Name.LocalName);
            if (!WriteValue(writer, root, depth: 1))
            {
                return (null, $"XML imbriqué sur plus de {MaxDepth} niveaux : ce n'est pas une fiche de l'Assemblée (les siennes en ont une dizaine)");
            }

            writer.WriteEndObject();
        }

        return (JsonDocument.Parse(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), OpenDataJson.DocumentOptions), null);
    }

    /// <summary>As deep as the JSON reader goes (<see cref="OpenDataJson.DocumentOptions"/>).</summary>
    private const int MaxDepth = 64;

    /// <summary>Writes the element's value; false (writing abandoned) past <see cref="MaxDepth"/>.</summary>
    private static bool WriteValue(Utf8JsonWriter writer, XElement element, int depth)
    {
        if (depth > MaxDepth)
        {
            return false;
        }

        if ((string?)element.Attribute(Xsi + "nil") is "true" or "1")
        {
            writer.WriteNullValue();
            return true;
        }

        var attributes = element.Attributes().Where(a => !a.IsNamespaceDeclaration).ToList();
        var children = element.Elements().ToList();
        // HTML written as tags (not as escaped text, which is already the string the JSON carries).
        var isMarkup = children.Count > 0
            && (MarkupElements.Contains(element.Name.LocalName) || element.Nodes().OfType<XText>().Any(t => !string.IsNullOrWhiteSpace(t.Value)));
        if (children.Count == 0 || isMarkup)
        {
            var text = isMarkup ? InnerMarkup(element) : element.Value;
            if (attributes.Count == 0)
            {
                WriteText(writer, text);
                return true;
            }

            writer.WriteStartObject();
            WriteAttributes(writer, element, attributes);
            writer.WritePropertyName("#text");
            WriteText(writer, text);
            writer.WriteEndObject();
            return true;
        }

        writer.WriteStartObject();
        WriteAttributes(writer, element, attributes);
        // Siblings of one name, in the order of their first appearance: several make an array, as in the dump.
        foreach (var group in children.GroupBy(c => c.Name.LocalName))
        {
            writer.WritePropertyName(group.Key);
            var items = group.ToList();
            if (items.Count == 1)
            {
                if (!WriteValue(writer, items[0], depth + 1))
                {
                    return false;
                }

                continue;
            }

            writer.WriteStartArray();
            foreach (var item in items)
            {
                if (!WriteValue(writer, item, depth + 1))
                {
                    return false;
                }
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        return true;
    }

    private static void WriteAttributes(Utf8JsonWriter writer, XElement element, IEnumerable<XAttribute> attributes)
    {
        foreach (var attribute in attributes)
        {
            var prefix = attribute.Name.Namespace == XNamespace.None ? null : element.GetPrefixOfNamespace(attribute.Name.Namespace);
            writer.WriteString("@" + (prefix is null ? string.Empty : prefix + ":") + attribute.Name.LocalName, attribute.Value);
        }
    }

    private static void WriteText(Utf8JsonWriter writer, string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(text);
        }
    }

    /// <summary>An element's content as HTML: its text and its tags, without the open data's namespace declarations.</summary>
    private static string InnerMarkup(XElement element)
    {
        var markup = new StringBuilder();
        foreach (var node in element.Nodes())
        {
            markup.Append(node switch
            {
                XElement child => WithoutNamespaces(child).ToString(SaveOptions.DisableFormatting),
                XCData data => data.Value, // CDATA is how a publisher embeds markup: kept as written
                XText text => System.Net.WebUtility.HtmlEncode(text.Value),
                _ => string.Empty,
            });
        }

        return markup.ToString();
    }

    private static XElement WithoutNamespaces(XElement element) =>
        new(
            element.Name.LocalName,
            element.Attributes().Where(a => !a.IsNamespaceDeclaration).Select(a => new XAttribute(a.Name.LocalName, a.Value)),
            element.Nodes().Select(n => n is XElement e ? WithoutNamespaces(e) : n));
}
