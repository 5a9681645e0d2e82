namespace QuestionsEcrites.Benchmarks.Generation;

/// <summary>
/// What a generated corpus holds, written beside its documents as <c>.corpus.json</c> (a dot file, which the
/// importer skips): <c>bench</c> reuses a corpus whose manifest matches the size and seed it needs.
/// </summary>
public sealed record CorpusManifest
{
    /// <summary>Bumped whenever the same seed would give other documents.</summary>
    public const int CurrentGeneratorVersion = 1;

    public const string FileName = ".corpus.json";

    public int GeneratorVersion { get; init; } = CurrentGeneratorVersion;

    public required long Seed { get; init; }

    public required long Count { get; init; }

    public string Format { get; init; } = "text";

    public bool Zip { get; init; }

    public required long Bytes { get; init; }

    public required long Answered { get; init; }

    public required long Closed { get; init; }

    public required long Pending { get; init; }

    public required double MeanQuestionChars { get; init; }

    public required double MeanAnswerChars { get; init; }

    public required IReadOnlyDictionary<string, long> QuestionsPerLegislature { get; init; }

    public required double Seconds { get; init; }
}
