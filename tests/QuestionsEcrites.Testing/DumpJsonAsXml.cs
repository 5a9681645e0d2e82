using System.Text.Json;
using System.Xml.Linq;

namespace QuestionsEcrites.Testing;

/// <summary>
/// Writes a JSON document of the open-data dump back as the XML it was made from (the inverse of the Assemblée's
/// rule): a property is an element, an array repeated elements, <c>"@name"</c> an attribute, <c>"#text"</c> the
/// text, null <c>xsi:nil="true"</c>. Lets the tests read every real JSON sample as XML too.
/// </summary>
public static class DumpJsonAsXml
{
    private static readonly XNamespace Referentiel = "http://schemas.assemblee-nationale.fr/referentiel";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static string Convert(string json)
    {
        var start = json.IndexOf('{', StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json[start..]);
        var root = document.RootElement.EnumerateObject().Single();
        var element = Element(root.Name, root.Value);
        element.SetAttributeValue(XNamespace.Xmlns + "xsi", Xsi.NamespaceName);
        return new XDocument(new XDeclaration("1.0", "UTF-8", null), element).Declaration + "\n" + element;
    }

    private static XElement Element(string name, JsonElement value)
    {
        var element = new XElement(Referentiel + name);
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                element.SetAttributeValue(Xsi + "nil", "true");
                break;
            case JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    Add(element, property);
                }

                break;
            default:
                element.Value = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
                break;
        }

        return element;
    }

    private static void Add(XElement element, JsonProperty property)
    {
        if (property.Name.StartsWith("@xmlns", StringComparison.Ordinal))
        {
            return;
        }

        if (property.Name.StartsWith('@'))
        {
            var name = property.Name[1..];
            element.SetAttributeValue(name.StartsWith("xsi:", StringComparison.Ordinal) ? Xsi + name[4..] : name, property.Value.GetString());
        }
        else if (property.Name == "#text")
        {
            element.Add(property.Value.GetString());
        }
        else if (property.Value.ValueKind == JsonValueKind.Array)
        {
            element.Add(property.Value.EnumerateArray().Select(item => Element(property.Name, item)));
        }
        else
        {
            element.Add(Element(property.Name, property.Value));
        }
    }
}
