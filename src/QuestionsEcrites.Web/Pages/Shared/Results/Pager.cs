namespace QuestionsEcrites.Web.Pages.Shared.Results;

/// <summary>
/// The pages around the current one (two each side), the first and the last with gaps between, and the previous
/// and next links. Pages past the deepest one served (<see cref="SearchParameters.MaxDepth"/>) are not offered.
/// </summary>
public sealed record Pager(int Current, int PageCount, string? PreviousHref, string? NextHref, IReadOnlyList<PagerItem> Items)
{
    private const int Around = 2;

    /// <summary>Null when everything fits on one page.</summary>
    public static Pager? From(ResultsView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (view.Page is not { PageCount: > 1 } page)
        {
            return null;
        }

        var links = view.Links;
        var current = page.Request.Page;
        var last = Math.Min(page.PageCount, SearchParameters.MaxDepth / page.Request.PageSize);
        var first = Math.Max(1, current - Around);
        var end = Math.Min(last, current + Around);
        var items = new List<PagerItem>();
        if (first > 1)
        {
            items.Add(new PagerItem(1, links.Page(1), IsCurrent: false));
            if (first > 2)
            {
                items.Add(PagerItem.Gap);
            }
        }

        for (var p = first; p <= end; p++)
        {
            items.Add(new PagerItem(p, p == current ? null : links.Page(p), IsCurrent: p == current));
        }

        if (end < last)
        {
            if (end < last - 1)
            {
                items.Add(PagerItem.Gap);
            }

            items.Add(new PagerItem(last, links.Page(last), IsCurrent: false));
        }

        return new Pager(
            current,
            page.PageCount,
            current > 1 ? links.Page(current - 1) : null,
            current < last ? links.Page(current + 1) : null,
            items);
    }
}

/// <summary>A page number (its link, none for the current page) or a gap (« … »).</summary>
public sealed record PagerItem(int? Number, string? Href, bool IsCurrent)
{
    public static PagerItem Gap { get; } = new(null, null, false);

    public bool IsGap => Number is null;
}
