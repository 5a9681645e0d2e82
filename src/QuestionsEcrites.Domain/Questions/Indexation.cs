namespace QuestionsEcrites.Domain.Questions;

/// <summary>
/// The Assemblée's indexation of a question, from the broadest to the finest: its rubrique (« Santé »), its tête
/// d'analyse (« Hôpitaux ») and its analyses (« Prime Ségur ; Personnels soignants »). Any part may be absent.
/// </summary>
public sealed record Indexation(string? Rubrique, string? TeteAnalyse, string? Analyses)
{
    /// <summary>How a question's analyses are joined in one text (« Prime Ségur ; Personnels soignants »).</summary>
    public const string AnalysesSeparator = " ; ";

    public static Indexation None { get; } = new(null, null, null);

    /// <summary>Each analyse of a joined text, in order, without blanks or repeats.</summary>
    public static IReadOnlyList<string> SplitAnalyses(string? analyses) =>
        string.IsNullOrWhiteSpace(analyses)
            ? []
            : analyses.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();
}
