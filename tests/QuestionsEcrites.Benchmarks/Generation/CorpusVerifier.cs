using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using QuestionsEcrites.Import.Parsing;

namespace QuestionsEcrites.Benchmarks.Generation;

/// <summary>
/// <c>generate --verify</c>: parses every generated document with the product's parser and compares what it read
/// with what was written, field by field; also counts the words of the texts (distinct words, the Zipf slope).
/// Thread-safe: documents are checked on all cores.
/// </summary>
internal sealed partial class CorpusVerifier
{
    private readonly ConcurrentDictionary<string, int> _mismatches = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _examples = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _words = new(StringComparer.Ordinal);
    private long _documents;
    private long _rejected;

    public long Documents => Interlocked.Read(ref _documents);

    public long Rejected => Interlocked.Read(ref _rejected);

    public IReadOnlyDictionary<string, int> Mismatches => _mismatches;

    public IReadOnlyDictionary<string, string> Examples => _examples;

    public void Check(QuestionSpec spec, byte[] document, string name)
    {
        Interlocked.Increment(ref _documents);
        var result = DocumentParser.Parse(document);
        if (!result.Succeeded)
        {
            Interlocked.Increment(ref _rejected);
            Mismatch("rejected", name, string.Join(" ; ", result.Errors));
            return;
        }

        var q = result.Value!;
        Compare("legislature", name, spec.Legislature, q.Key.Legislature);
        Compare("number", name, spec.Number, q.Key.Number);
        Compare("title", name, Normalize(spec.Title), Normalize(q.Title));
        Compare("text", name, Normalize(string.Join("\n\n", spec.QuestionParagraphs)), Normalize(q.Text));
        Compare("text.paragraphs", name, spec.QuestionParagraphs.Count, q.Text.Split("\n\n").Length);
        Compare("author.civility", name, spec.Author.Civility, q.Author?.Civility);
        Compare("author.name", name, spec.Author.Name, q.Author?.Name);
        Compare("author.department", name, Normalize(spec.Author.Department), Normalize(q.Author?.Department));
        Compare("author.circonscription", name, spec.Author.Circonscription, q.Author?.Circonscription);
        Compare("author.group", name, Normalize(spec.Author.Group), Normalize(q.Author?.Group));
        Compare("rubrique", name, Slug(spec.Rubrique), Slug(q.Indexation.Rubrique));
        Compare("ministryAsked", name, spec.MinistryAsked, Normalize(q.MinistryAsked));
        Compare("ministryAssigned", name, spec.MinistryAssigned, Normalize(q.MinistryAssigned));
        Compare("publishedOn", name, spec.PublishedOn, q.PublishedOn);
        if (q.JoPage is not null)
        {
            Compare("joPage", name, spec.JoPage, q.JoPage);
        }

        Compare("answer.publishedOn", name, spec.AnsweredOn, q.Answer?.PublishedOn);
        Compare("answer.joPage", name, spec.AnswerPage, q.Answer?.JoPage);
        Compare(
            "answer.text",
            name,
            spec.AnswerParagraphs is null ? null : Normalize(string.Join("\n\n", spec.AnswerParagraphs)),
            q.Answer?.Text is null ? null : Normalize(q.Answer.Text));
        Compare("answer.paragraphs", name, spec.AnswerParagraphs?.Count, q.Answer?.Text?.Split("\n\n").Length);
        Compare("signaledOn", name, spec.SignaledOn, q.SignaledOn);
        Compare("attributionChangedOn", name, spec.AttributionChangedOn, q.AttributionChangedOn);
        Compare("closedOn", name, spec.ClosedOn, q.ClosedOn);
        Compare("closureReason", name, spec.ClosureReason is null ? null : Normalize(spec.ClosureReason), Normalize(q.ClosureReason));
    }

    /// <summary>Counts the words of one document's texts (called from one thread per chunk: merged under a lock).</summary>
    public void CountWords(QuestionSpec spec)
    {
        var local = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var paragraph in spec.QuestionParagraphs.Concat(spec.AnswerParagraphs ?? []))
        {
            foreach (Match match in WordPattern().Matches(paragraph))
            {
                var word = match.Value.ToLowerInvariant();
                local[word] = local.GetValueOrDefault(word) + 1;
            }
        }

        lock (_words)
        {
            foreach (var (word, count) in local)
            {
                _words[word] = _words.GetValueOrDefault(word) + count;
            }
        }
    }

    /// <summary>Distinct words, tokens, the share of the 10 most frequent, and the Zipf exponent fitted on ranks 10–10,000.</summary>
    public (int Distinct, long Tokens, double Top10Share, double ZipfExponent) WordStatistics()
    {
        var counts = _words.Values.OrderByDescending(c => c).ToArray();
        if (counts.Length == 0)
        {
            return (0, 0, 0, 0);
        }

        var tokens = counts.Sum();
        var top10 = counts.Take(10).Sum() / (double)tokens;
        var points = Enumerable.Range(10, Math.Max(0, Math.Min(10_000, counts.Length) - 10))
            .Select(rank => (X: Math.Log(rank), Y: Math.Log(counts[rank - 1])))
            .ToArray();
        double slope = 0;
        if (points.Length > 2)
        {
            var meanX = points.Average(p => p.X);
            var meanY = points.Average(p => p.Y);
            slope = points.Sum(p => (p.X - meanX) * (p.Y - meanY)) / points.Sum(p => (p.X - meanX) * (p.X - meanX));
        }

        return (counts.Length, tokens, top10, -slope);
    }

    private void Compare<T>(string field, string name, T expected, T actual)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
        {
            Mismatch(field, name, $"attendu « {Truncate(expected?.ToString())} », lu « {Truncate(actual?.ToString())} »");
        }
    }

    private void Mismatch(string field, string name, string detail)
    {
        _mismatches.AddOrUpdate(field, 1, (_, n) => n + 1);
        _examples.TryAdd(field, $"{name} : {detail}");
    }

    private static string? Normalize(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Replace('’', '\''))
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c);
        }

        return builder.ToString();
    }

    private static string? Slug(string? value) => value is null ? null : Domain.Text.Slugs.From(value);

    private static string Truncate(string? value) => value is null ? "(rien)" : value.Length <= 120 ? value : value[..120] + "…";

    [GeneratedRegex(@"\p{L}[\p{L}\p{M}]*(?:-\p{L}[\p{L}\p{M}]*)*")]
    private static partial Regex WordPattern();
}
