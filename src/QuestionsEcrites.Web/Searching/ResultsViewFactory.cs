namespace QuestionsEcrites.Web.Searching;

/// <summary>
/// Builds the result lists of <c>/questions</c> and of the rubrique, ministry and deputy pages: the same
/// parameters, validation and search, with the page's own filter fixed.
/// </summary>
public sealed class ResultsViewFactory(QuestionSearchService search)
{
    /// <param name="fixedFilter">The filter the page imposes (name and value), if any.</param>
    /// <remarks>Permalinks keep the page's own path and change its query string only.</remarks>
    public async Task<(ResultsView View, int StatusCode)> BuildAsync(
        HttpRequest request, SearchParameters parameters, (string Name, string Value)? fixedFilter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(parameters);
        var fixedNames = new HashSet<string>(StringComparer.Ordinal);
        if (fixedFilter is { } f)
        {
            fixedNames.Add(f.Name);
            parameters = f.Name switch
            {
                "rubrique" => parameters with { Rubrique = f.Value },
                "ministere" => parameters with { Ministere = f.Value },
                "auteur" => parameters with { Auteur = f.Value },
                "groupe" => parameters with { Groupe = f.Value },
                _ => throw new ArgumentOutOfRangeException(nameof(fixedFilter), f.Name, "unsupported fixed filter"),
            };
        }

        var links = SearchLinks.From(request.PathBase + request.Path, request.Query, [.. fixedNames]);
        var reuse = ReuseLinks.For(request.PathBase, links, fixedFilter);
        var searchRequest = parameters.Validate(out var errors);
        if (searchRequest is null)
        {
            return (new ResultsView(null, links, errors, fixedNames, reuse), StatusCodes.Status400BadRequest);
        }

        var page = await search.SearchAsync(searchRequest, parameters.OnlyIdenticalTexts, ct);
        return (new ResultsView(page, links, errors, fixedNames, reuse), StatusCodes.Status200OK);
    }
}
