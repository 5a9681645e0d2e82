using System.Text;

namespace QuestionsEcrites.Web.Searching;

/// <summary>
/// Builds the permalinks of a result list: the current parameters with one changed, added or removed. Every view
/// is a GET URL, so every state can be shared. Changing a filter or the sort returns to page 1.
/// </summary>
public sealed class SearchLinks(string basePath, IReadOnlyList<KeyValuePair<string, string>> parameters)
{
    public string BasePath { get; } = basePath;

    public IReadOnlyList<KeyValuePair<string, string>> Parameters { get; } = parameters;

    public static SearchLinks From(string basePath, IQueryCollection query, params string[] ignored)
    {
        ArgumentNullException.ThrowIfNull(query);
        var kept = query
            .Where(kv => !ignored.Contains(kv.Key, StringComparer.Ordinal) && !string.IsNullOrWhiteSpace(kv.Value.LastOrDefault()))
            .Select(kv => new KeyValuePair<string, string>(kv.Key, kv.Value.LastOrDefault()!))
            .ToList();
        return new SearchLinks(basePath, kept);
    }

    public string? Get(string name) => Parameters.LastOrDefault(p => p.Key == name).Value;

    public string Current => Build(Parameters);

    public string With(string name, string value) => With((name, value));

    /// <summary>Sets several parameters at once (a year sets both du and au) and goes back to page 1.</summary>
    public string With(params (string Name, string Value)[] changes)
    {
        var names = changes.Select(c => c.Name).Append("page").ToHashSet(StringComparer.Ordinal);
        var next = Parameters.Where(p => !names.Contains(p.Key)).ToList();
        next.AddRange(changes.Select(c => new KeyValuePair<string, string>(c.Name, c.Value)));
        return Build(next);
    }

    public string Without(params string[] names) =>
        Build(Parameters.Where(p => !names.Contains(p.Key, StringComparer.Ordinal) && p.Key != "page").ToList());

    public string Page(int page)
    {
        var next = Parameters.Where(p => p.Key != "page").ToList();
        if (page > 1)
        {
            next.Add(new("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return Build(next);
    }

    private string Build(IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var builder = new StringBuilder(BasePath);
        var separator = '?';
        foreach (var (name, value) in parameters)
        {
            builder.Append(separator).Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }

        return builder.ToString();
    }
}
