namespace QuestionsEcrites.Domain.Questions;

/// <summary>A question put by a deputy to a minister, identified by (legislature, number, type).</summary>
public sealed class Question
{
    public int Id { get; set; }

    public required QuestionType Type { get; set; }

    public required int Legislature { get; set; }

    public required int Number { get; set; }

    public required string Title { get; set; }

    /// <summary>Plain text, paragraphs separated by a blank line.</summary>
    public required string Text { get; set; }

    public int? RubriqueId { get; set; }

    public Rubrique? Rubrique { get; set; }

    public string? TeteAnalyse { get; set; }

    public string? Analyses { get; set; }

    public int? MinistryAskedId { get; set; }

    public Ministry? MinistryAsked { get; set; }

    /// <summary>The ministry's name as published on this question.</summary>
    public string? MinistryAskedLabel { get; set; }

    public int? MinistryAssignedId { get; set; }

    public Ministry? MinistryAssigned { get; set; }

    public string? MinistryAssignedLabel { get; set; }

    public int? AuthorId { get; set; }

    public Author? Author { get; set; }

    /// <summary>The author's group as published with this question (a deputy may change group later).</summary>
    public int? GroupId { get; set; }

    public PoliticalGroup? Group { get; set; }

    public DateOnly? PublishedOn { get; set; }

    public int? JoPage { get; set; }

    public DateOnly? SignaledOn { get; set; }

    public DateOnly? AttributionChangedOn { get; set; }

    public DateOnly? ClosedOn { get; set; }

    public string? ClosureReason { get; set; }

    public Answer? Answer { get; set; }

    /// <summary>Attribution history, renewals, errata and signalement, as the sources give them.</summary>
    public List<QuestionEvent> Events { get; set; } = [];

    /// <summary>Derived from the answer and closure (<see cref="RefreshStatus"/>); stored for fast filtering.</summary>
    public QuestionStatus Status { get; set; }

    /// <summary>Where the stored version came from (a path relative to the import root).</summary>
    public required string Source { get; set; }

    public DateTimeOffset ImportedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>
    /// Increases with every write of this question (milliseconds, strictly increasing per batch); the search index
    /// records the stamp up to which it is complete and catches up from there.
    /// </summary>
    public long ChangeStamp { get; set; }

    public void RefreshStatus() => Status = DeriveStatus(Answer is not null, ClosedOn is not null || ClosureReason is not null);

    /// <summary>An answer makes a question answered even if it was closed later; otherwise a closure closes it.</summary>
    public static QuestionStatus DeriveStatus(bool hasAnswer, bool isClosed) =>
        hasAnswer ? QuestionStatus.Answered : isClosed ? QuestionStatus.Closed : QuestionStatus.Pending;
}
