using QuestionsEcrites.Search.Querying;

namespace QuestionsEcrites.Web.Searching;

/// <summary>A page of results with the total and the facet counts of the whole result set.</summary>
public sealed record SearchPage(
    QuestionSearchRequest Request,
    int Total,
    IReadOnlyList<QuestionListItem> Items,
    SearchFacets Facets,
    HighlightTerms Highlight)
{
    public int PageCount => Total == 0 ? 0 : (int)Math.Ceiling(Total / (double)Request.PageSize);
}
