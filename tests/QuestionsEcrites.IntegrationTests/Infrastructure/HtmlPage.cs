using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace QuestionsEcrites.IntegrationTests.Infrastructure;

/// <summary>Fetches a page of the app and parses it with AngleSharp, for CSS-selector assertions.</summary>
public static class HtmlPage
{
    public static async Task<(HttpResponseMessage Response, IHtmlDocument Document)> GetAsync(QuestionsApp app, string url)
    {
        ArgumentNullException.ThrowIfNull(app);
        using var client = app.CreateClient();
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var document = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        return (response, document);
    }
}
