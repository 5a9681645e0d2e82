namespace QuestionsEcrites.Benchmarks.Generation;

/// <summary>
/// One generated question as the importer should read it back: the values the document is written from, and
/// against which <c>generate --verify</c> checks the real parser. Paragraph texts are the logical ones; a page
/// break (<see cref="AnswerPageBreak"/>) only changes how the document is laid out.
/// </summary>
internal sealed record QuestionSpec
{
    public required long Index { get; init; }

    public required int Legislature { get; init; }

    public required int Number { get; init; }

    public required string Title { get; init; }

    public required IReadOnlyList<string> QuestionParagraphs { get; init; }

    public IReadOnlyList<string>? AnswerParagraphs { get; init; }

    /// <summary>(paragraph, character index of the space) where the answer is split as by a page break, mid-sentence.</summary>
    public (int Paragraph, int Offset)? AnswerPageBreak { get; init; }

    public required Deputy Author { get; init; }

    public required string Rubrique { get; init; }

    public required string MinistryAsked { get; init; }

    public required string MinistryAssigned { get; init; }

    public required DateOnly PublishedOn { get; init; }

    public required int JoPage { get; init; }

    public DateOnly? AnsweredOn { get; init; }

    public int? AnswerPage { get; init; }

    public DateOnly? SignaledOn { get; init; }

    public DateOnly? AttributionChangedOn { get; init; }

    public DateOnly? ClosedOn { get; init; }

    public string? ClosureReason { get; init; }

    /// <summary>The salutation that opens the first paragraph (« M. X attire l'attention de … sur »).</summary>
    public string Opening { get; init; } = string.Empty;

    /// <summary>For a labelled near-duplicate: the question whose text it copies, and whether a sentence was changed.</summary>
    public (int Legislature, int Number, bool Changed)? CopyOf { get; init; }

    /// <summary>For a copy answered with its source's answer: that source.</summary>
    public (int Legislature, int Number)? AnswerCopyOf { get; init; }
}
