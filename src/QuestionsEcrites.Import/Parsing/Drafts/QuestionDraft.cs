namespace QuestionsEcrites.Import.Parsing.Drafts;

/// <summary>
/// A question as one document gives it, field by field, before it is checked: every reader (text lines, HTML
/// DOM, open-data JSON) fills one, and <see cref="QuestionDraftBuilder"/> turns it into a <see cref="ParsedQuestion"/>
/// with its errors and warnings. Null means « the document does not say ».
/// </summary>
public sealed class QuestionDraft
{
    public QuestionType? Type { get; set; }

    public int? Legislature { get; set; }

    /// <summary>The number in the document's heading (« Question écrite n° 1223 »).</summary>
    public int? Number { get; set; }

    /// <summary>The number in the key data (« Numéro de la question : 1223 »), when the heading has none or disagrees.</summary>
    public int? KeyDataNumber { get; set; }

    public string? Title { get; set; }

    public string? Rubrique { get; set; }

    public string? TeteAnalyse { get; set; }

    public string? Analyses { get; set; }

    public string? MinistryAsked { get; set; }

    public string? MinistryAssigned { get; set; }

    /// <summary>The author's line (« Mme Anne Martin (Nord - Renaissance) »), read.</summary>
    public DraftAuthorLine? Author { get; set; }

    /// <summary>The circonscription line (« Nord (3e circonscription) - Renaissance »), read.</summary>
    public DraftCirconscription? Circonscription { get; set; }

    /// <summary>A group given on a line of its own (« Groupe : … »): it prevails over the other lines'.</summary>
    public string? Group { get; set; }

    /// <summary>The Assemblée's identifier of the deputy (« PA722252 »).</summary>
    public string? AuthorId { get; set; }

    public DateOnly? PublishedOn { get; set; }

    public int? JoPage { get; set; }

    /// <summary>A date given without saying what it dates (the 2025 layout's « Date : »): the publication, failing another.</summary>
    public DateOnly? PlainDate { get; set; }

    public List<string> QuestionParagraphs { get; } = [];

    public List<string> AnswerParagraphs { get; } = [];

    /// <summary>The document has an answer section or an answer date, even if empty.</summary>
    public bool AnswerAnnounced { get; set; }

    public DateOnly? AnswerPublishedOn { get; set; }

    public int? AnswerJoPage { get; set; }

    public DateOnly? SignaledOn { get; set; }

    public DateOnly? AttributionChangedOn { get; set; }

    public DateOnly? ClosedOn { get; set; }

    public string? ClosureReason { get; set; }

    /// <summary>Renewals, errata, attributions after the first, as the document lists them.</summary>
    public List<ParsedEvent> Events { get; } = [];

    /// <summary>What the reader noticed on the way (a date it could not read, a line it did not recognise).</summary>
    public List<string> Warnings { get; } = [];
}

/// <param name="Raw">The line as written, for the warnings.</param>
/// <param name="Civility">« M. », « Mme »; null when the line has none.</param>
/// <param name="Department">From « Nom (Département - Groupe) », when the line has it.</param>
/// <param name="Source">Where the name comes from (an author line, or the opening of an open-data text).</param>
public sealed record DraftAuthorLine(string Raw, string? Civility, string Name, string? Department, string? Group, AuthorNameSource Source = AuthorNameSource.Document);

/// <param name="Department">What the line gives as the place, even when it is not a department (a known quirk, kept).</param>
public sealed record DraftCirconscription(string? Department, int? Number, string? Group);
