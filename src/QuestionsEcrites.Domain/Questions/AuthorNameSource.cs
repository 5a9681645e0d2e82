namespace QuestionsEcrites.Domain.Questions;

/// <summary>
/// Where a deputy's stored name comes from, weakest first: a name is replaced only by one from an equal or stronger
/// source, so that a deputies file is never undone by a page, nor a page by the opening of an open-data text.
/// </summary>
public enum AuthorNameSource
{
    /// <summary>Only the Assemblée's identifier is known; it stands for the name.</summary>
    Identifier,

    /// <summary>Read from the opening of the question's text (« Mme Olivia Grégoire interroge… »).</summary>
    QuestionText,

    /// <summary>The author line of a page or text document (« Question de : Mme … »).</summary>
    Document,

    /// <summary>The Assemblée's deputies file (open-data « acteurs »).</summary>
    DeputiesFile,
}
