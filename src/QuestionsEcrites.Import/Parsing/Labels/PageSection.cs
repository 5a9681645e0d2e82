namespace QuestionsEcrites.Import.Parsing.Labels;

/// <summary>The parts of a question page, as its headings announce them.</summary>
public enum PageSection
{
    None,
    Question,
    Answer,
    KeyData,
}
