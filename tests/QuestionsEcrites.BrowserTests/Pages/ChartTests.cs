using QuestionsEcrites.BrowserTests.Infrastructure;

namespace QuestionsEcrites.BrowserTests.Pages;

/// <summary>The server-drawn SVG charts at a phone's and a desktop's width: present, within their box, legible.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ChartTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(375, "/ministeres", "[data-testid=bar-chart] svg")]
    [InlineData(1280, "/ministeres", "[data-testid=bar-chart] svg")]
    [InlineData(375, "/ministeres/sante-et-acces-aux-soins", "[data-testid=monthly-chart] svg")]
    [InlineData(1280, "/ministeres/sante-et-acces-aux-soins", "[data-testid=histogram] svg")]
    public async Task Chart_DrawnWithinItsBoxAndLegible(int width, string url, string chart)
    {
        await using var context = await browser.NewContextAsync(width: width, height: 900);
        var page = await context.NewPageAsync();

        await page.GotoAsync(url);
        var svg = page.Locator(chart).First;
        await svg.ScrollIntoViewIfNeededAsync();
        await Screenshots.SaveAsync(page, $"Chart_{width}_{url.Replace('/', '_')}");

        var box = (await svg.BoundingBoxAsync())!;
        box.Width.Should().BeGreaterThan(width * 0.4f, "the chart takes its column's width (two charts side by side on a wide screen)");
        box.X.Should().BeGreaterThanOrEqualTo(0);
        (box.X + box.Width).Should().BeLessThanOrEqualTo(width, "no chart is wider than the screen");
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).Should().BeLessThanOrEqualTo(width, "the page itself never scrolls sideways");

        // Every text of the chart is at least 12 px and ends inside the chart.
        var texts = await svg.Locator("text").AllAsync();
        texts.Should().NotBeEmpty();
        foreach (var text in texts)
        {
            var size = await text.EvaluateAsync<double>("t => parseFloat(getComputedStyle(t).fontSize)");
            size.Should().BeGreaterThanOrEqualTo(12);
            var textBox = (await text.BoundingBoxAsync())!;
            (textBox.X + textBox.Width).Should().BeLessThanOrEqualTo(box.X + box.Width + 1, await text.InnerHTMLAsync());
        }
    }
}
