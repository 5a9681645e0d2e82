using QuestionsEcrites.Domain.Text;

namespace QuestionsEcrites.Import.Parsing;

/// <summary>A question as read from one document, before it meets the store.</summary>
public sealed record ParsedQuestion
{
    public required QuestionKey Key { get; init; }

    public required string Title { get; init; }

    /// <summary>The document had no title: <see cref="Title"/> was made up (tête d'analyse, rubrique) and must not replace a stored one.</summary>
    public bool TitleIsFallback { get; init; }

    /// <summary>Plain text, paragraphs separated by a blank line.</summary>
    public required string Text { get; init; }

    public Indexation Indexation { get; init; } = Indexation.None;

    /// <summary>As published; null when the document does not say (a stored value is then kept).</summary>
    public string? MinistryAsked { get; init; }

    /// <summary>As published; null when the document does not say. A new question takes the ministry asked.</summary>
    public string? MinistryAssigned { get; init; }

    public ParsedAuthor? Author { get; init; }

    public DateOnly? PublishedOn { get; init; }

    public int? JoPage { get; init; }

    public DateOnly? SignaledOn { get; init; }

    public DateOnly? AttributionChangedOn { get; init; }

    public DateOnly? ClosedOn { get; init; }

    public string? ClosureReason { get; init; }

    public ParsedAnswer? Answer { get; init; }

    /// <summary>Attribution history, renewals, errata, signalement.</summary>
    public IReadOnlyList<ParsedEvent> Events { get; init; } = [];
}

public sealed record ParsedEvent(QuestionEventKind Kind, DateOnly? Date, string? Label);

/// <summary>
/// The author as a document gives it. Name, department and group are shared by all of a deputy's questions, so
/// their apostrophes are straightened here, once for every format (<see cref="Apostrophes"/>).
/// </summary>
/// <param name="AnId">The Assemblée's identifier of the deputy (« PA722252 »), when the source gives it.</param>
public sealed record ParsedAuthor(string? Civility, string Name, string? Department, int? Circonscription, string? Group, string? AnId = null)
{
    public string Name { get; init; } = Apostrophes.Straighten(Name);

    public string? Department { get; init; } = Apostrophes.StraightenOrNull(Department);

    public string? Group { get; init; } = Apostrophes.StraightenOrNull(Group);

    /// <summary>Where <see cref="Name"/> comes from; the identifier itself stands for it when nothing else names the deputy.</summary>
    public AuthorNameSource NameSource { get; init; } = AuthorNameSource.Document;

    public bool IsIdentifierOnly => NameSource == AuthorNameSource.Identifier;
}

public sealed record ParsedAnswer(DateOnly? PublishedOn, int? JoPage, string? Text);
