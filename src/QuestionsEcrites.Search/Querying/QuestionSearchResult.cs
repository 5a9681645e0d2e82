using QuestionsEcrites.Domain.Questions;

namespace QuestionsEcrites.Search.Querying;

/// <summary>
/// A page of results and the counts of the whole result set. <see cref="CorrectedQuery"/> is set when the text as
/// typed found nothing and these are the results of its corrected spelling (<see cref="SpellingCorrector"/>).
/// </summary>
public sealed record QuestionSearchResult(int Total, IReadOnlyList<SearchHit> Hits, SearchFacets Facets, HighlightTerms Highlight)
{
    public string? CorrectedQuery { get; init; }
}

/// <summary>A matching question: its store id and key.</summary>
public sealed record SearchHit(int Id, QuestionKey Key, float Score);

public sealed record FacetCount(string Value, int Count);

/// <summary>Counts over the whole filtered result set, per facet.</summary>
public sealed record SearchFacets(
    IReadOnlyList<FacetCount> Rubrique,
    IReadOnlyList<FacetCount> Ministere,
    IReadOnlyList<FacetCount> Groupe,
    IReadOnlyList<FacetCount> Statut,
    IReadOnlyList<FacetCount> Annee,
    IReadOnlyList<FacetCount> Legislature,
    IReadOnlyList<FacetCount> Analyse)
{
    /// <summary>Analyses are many (one or a few per question): a result gives the most frequent ones.</summary>
    public const int MaxAnalyseValues = 50;

    public static SearchFacets Empty { get; } = new([], [], [], [], [], [], []);
}
