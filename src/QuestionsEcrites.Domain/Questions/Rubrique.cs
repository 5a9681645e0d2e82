namespace QuestionsEcrites.Domain.Questions;

/// <summary>A subject heading (« Santé »).</summary>
public sealed class Rubrique : NamedEntity
{
}
