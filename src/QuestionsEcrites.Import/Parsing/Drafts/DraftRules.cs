namespace QuestionsEcrites.Import.Parsing.Drafts;

/// <summary>
/// What a format must give for a question to be accepted. A page (text or HTML) lacking its author, ministry or
/// date is a truncated copy and is rejected; the open data is structured, and a null field there is the
/// Assemblée's own state (the document is kept, with a warning where it matters).
/// </summary>
public sealed record DraftRules(
    bool RequireText,
    bool RequireAuthor,
    bool RequireMinistry,
    bool RequirePublicationDate,
    bool WarnMissingRubrique,
    bool WarnMissingTitle,
    bool WarnMissingCivility)
{
    /// <summary>The seed text format and the HTML pages: everything required, every gap noted.</summary>
    public static DraftRules Page { get; } = new(true, true, true, true, true, true, true);

    /// <summary>The open data: nothing required beyond what its reader checks itself (number, legislature, a QE's text).</summary>
    public static DraftRules OpenData { get; } = new(false, false, false, false, false, false, false);
}
