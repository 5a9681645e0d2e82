namespace QuestionsEcrites.Domain.Questions;

/// <summary>
/// The Assemblée's indexation of a question, from the broadest to the finest: its rubrique (« Santé »), its tête
/// d'analyse (« Hôpitaux ») and its analyses (« Prime Ségur ; Personnels soignants »). Any part may be absent.
/// </summary>
public sealed record Indexation(string? Rubrique, string? TeteAnalyse, string? Analyses)
{
    public static Indexation None { get; } = new(null, null, null);
}
