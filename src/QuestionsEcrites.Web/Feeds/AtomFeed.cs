namespace QuestionsEcrites.Web.Feeds;

/// <summary>An Atom feed (RFC 4287) as the site publishes it: ids are tag URIs that never change with the host.</summary>
public sealed record AtomFeed(
    string Id,
    string Title,
    DateTimeOffset Updated,
    Uri Self,
    Uri Alternate,
    IReadOnlyList<AtomEntry> Entries);

/// <summary>One entry: a step of one question (« Réponse publiée »…), linking to the question's page.</summary>
public sealed record AtomEntry(
    string Id,
    string Title,
    DateTimeOffset Updated,
    Uri Link,
    string? Author,
    string Category,
    string CategoryLabel,
    string SummaryHtml);
