namespace QuestionsEcrites.Domain.Questions;

/// <summary>A political group of the Assemblée (« Écologiste et Social »).</summary>
public sealed class PoliticalGroup : NamedEntity
{
}
