namespace QuestionsEcrites.Domain.Questions;

/// <summary>A ministry, as asked or as assigned to answer.</summary>
public sealed class Ministry : NamedEntity
{
}
