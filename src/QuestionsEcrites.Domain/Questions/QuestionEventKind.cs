namespace QuestionsEcrites.Domain.Questions;

/// <summary>Steps in a question's life beyond its publication and answer.</summary>
public enum QuestionEventKind
{
    /// <summary>A group flags the question; an answer is due within ten days.</summary>
    Signalement,

    /// <summary>Another ministry is made responsible for the answer.</summary>
    ChangementAttribution,

    /// <summary>The question is renewed (republished).</summary>
    Renouvellement,

    /// <summary>A correction of the published question or answer.</summary>
    Erratum,
}
