namespace QuestionsEcrites.Domain.Questions;

/// <summary>
/// A normalised lookup (rubrique, ministry, political group): one row per distinct name, identified by its slug so
/// that case, accent and punctuation variants of the same published name share one row and one URL.
/// </summary>
public abstract class NamedEntity
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public required string Slug { get; set; }
}
