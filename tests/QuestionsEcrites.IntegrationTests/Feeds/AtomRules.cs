using System.Globalization;
using System.Xml.Linq;

namespace QuestionsEcrites.IntegrationTests.Feeds;

/// <summary>The rules of RFC 4287 a feed reader relies on, checked on a parsed feed.</summary>
internal static class AtomRules
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static void Check(XDocument feed)
    {
        var root = feed.Root!;
        root.Name.Should().Be(Atom + "feed");
        ExactlyOne(root, "id").Should().Match(id => Uri.IsWellFormedUriString(id, UriKind.Absolute), "atom:id is an absolute IRI (§4.2.6)");
        ExactlyOne(root, "title").Should().NotBeNullOrWhiteSpace();
        Date(ExactlyOne(root, "updated"));
        root.Elements(Atom + "link").Should().Contain(l => (string?)l.Attribute("rel") == "self", "a feed says where it is (§4.2.7.2 recommends it)");
        var feedHasAuthor = root.Elements(Atom + "author").Any();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in root.Elements(Atom + "entry"))
        {
            var id = ExactlyOne(entry, "id");
            Uri.IsWellFormedUriString(id, UriKind.Absolute).Should().BeTrue(id);
            ids.Add(id).Should().BeTrue($"entry ids are unique in a feed ({id})");
            ExactlyOne(entry, "title").Should().NotBeNullOrWhiteSpace();
            Date(ExactlyOne(entry, "updated"));
            (feedHasAuthor || entry.Elements(Atom + "author").Any()).Should().BeTrue("every entry has an author, its own or the feed's (§4.1.2)");
            entry.Elements(Atom + "link").Should().Contain(l => (string?)l.Attribute("rel") == "alternate", "an entry without content links to it (§4.1.2)");
            entry.Elements(Atom + "summary").Should().HaveCount(1);
        }
    }

    private static string ExactlyOne(XElement parent, string name)
    {
        var found = parent.Elements(Atom + name).ToList();
        found.Should().HaveCount(1, $"exactly one atom:{name} in {parent.Name.LocalName}");
        return found[0].Value;
    }

    private static void Date(string value) =>
        DateTimeOffset.TryParseExact(value, ["yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss'Z'"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            .Should().BeTrue($"« {value} » is an RFC 3339 date-time");
}
