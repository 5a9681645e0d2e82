namespace QuestionsEcrites.Import.Parsing.Drafts;

/// <summary>
/// What a format must give for a question to be accepted. A page (text or HTML) lacking its author, ministry or
/// date is a truncated copy and is rejected; the open data is structured, and a null field there is the
/// Assemblée's own state (the document is kept, with a warning where it matters).
/// </summary>
public sealed record DraftRules
{
    public static DraftRules Page { get; } = new();

    public static DraftRules OpenData { get; } = new()
    {
        RequireText = false,
        RequireAuthor = false,
        RequireMinistry = false,
        RequirePublicationDate = false,
        WarnMissingRubrique = false,
        WarnMissingTitle = false,
        WarnMissingCivility = false,
    };

    public bool RequireText { get; init; } = true;

    public bool RequireAuthor { get; init; } = true;

    public bool RequireMinistry { get; init; } = true;

    public bool RequirePublicationDate { get; init; } = true;

    public bool WarnMissingRubrique { get; init; } = true;

    public bool WarnMissingTitle { get; init; } = true;

    public bool WarnMissingCivility { get; init; } = true;
}
