namespace QuestionsEcrites.Search.Querying;

/// <summary>
/// What to mark in a text for a query: stemmed terms (words), folded unstemmed terms (phrases) and folded prefixes.
/// </summary>
public sealed record HighlightTerms(IReadOnlySet<string> Stemmed, IReadOnlySet<string> Exact, IReadOnlyList<string> Prefixes)
{
    public static HighlightTerms None { get; } = new(new HashSet<string>(), new HashSet<string>(), []);

    public bool IsEmpty => Stemmed.Count == 0 && Exact.Count == 0 && Prefixes.Count == 0;
}
