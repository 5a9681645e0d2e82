namespace QuestionsEcrites.Benchmarks.Generation;

/// <summary>The <c>generate</c> verb's options.</summary>
public sealed record GenerateOptions
{
    public required long Count { get; init; }

    /// <summary>A folder, or with <see cref="Zip"/> the archive's path (« .zip » added when missing).</summary>
    public required string Output { get; init; }

    public long Seed { get; init; } = 42;

    /// <summary>Write open-data JSON (one file per question) instead of the seed text format.</summary>
    public bool Json { get; init; }

    /// <summary>Write one zip archive instead of a folder of files.</summary>
    public bool Zip { get; init; }

    /// <summary>Parse every document back with the product's parser and compare (slower).</summary>
    public bool Verify { get; init; }

    /// <summary>
    /// Keys (legislature, number) the corpus must never hold, such as the relevance harness's judged questions: a
    /// generated question that would take one is not written, so it can never replace or shadow a judged one.
    /// </summary>
    public IReadOnlySet<(int Legislature, int Number)> Reserved { get; init; } = new HashSet<(int, int)>();

    /// <summary>
    /// Share of labelled near-duplicates (0 by default, so that earlier corpora stay the same bytes): their pairs are
    /// written to <see cref="CorpusGenerator.DuplicatesFileName"/> beside the documents.
    /// </summary>
    public double CopyShare { get; init; }
}
