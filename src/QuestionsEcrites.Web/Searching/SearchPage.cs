using QuestionsEcrites.Search.Querying;

namespace QuestionsEcrites.Web.Searching;

/// <summary>
/// A page of results with the total and the facet counts of the whole result set; <see cref="CorrectedQuery"/> when
/// the text as typed found nothing and these are its corrected spelling's results.
/// </summary>
public sealed record SearchPage(
    QuestionSearchRequest Request,
    int Total,
    IReadOnlyList<QuestionListItem> Items,
    SearchFacets Facets,
    HighlightTerms Highlight)
{
    public string? CorrectedQuery { get; init; }

    public int PageCount => Total == 0 ? 0 : (int)Math.Ceiling(Total / (double)Request.PageSize);
}
