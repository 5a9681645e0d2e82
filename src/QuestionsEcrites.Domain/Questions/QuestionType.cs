namespace QuestionsEcrites.Domain.Questions;

/// <summary>The Assemblée's question types; the names are the codes used in URLs, exports and the open data.</summary>
public enum QuestionType
{
    /// <summary>Question écrite.</summary>
    QE,

    /// <summary>Question au Gouvernement.</summary>
    QG,

    /// <summary>Question orale sans débat.</summary>
    QOSD,
}
