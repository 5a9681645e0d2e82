using QuestionsEcrites.BrowserTests.Infrastructure;

namespace QuestionsEcrites.BrowserTests.Pages;

/// <summary>The results page used with the keyboard alone: every control is reached by Tab, shows its focus, and the date inputs are labelled in French.</summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardTests(BrowserFixture browser)
{
    [Fact]
    public async Task ResultsPage_TabReachesEveryControl_WithVisibleFocus()
    {
        await using var context = await browser.NewContextAsync(width: 1280);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/questions?q=Ségur");

        var reached = new List<string>();
        for (var i = 0; i < 80; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string[]>("""
                () => {
                    const e = document.activeElement;
                    const s = getComputedStyle(e);
                    const visible = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
                    return [e.id || e.getAttribute('name') || e.getAttribute('data-testid') || e.textContent.trim().slice(0, 30), visible ? 'visible' : 'invisible ' + document.hasFocus()];
                }
                """);
            if (reached.Count > 0 && focused[0] == reached[0])
            {
                break; // round the page once: the focus went back to the first control
            }

            if (!focused[1].StartsWith("invisible", StringComparison.Ordinal) || !focused[1].EndsWith("false", StringComparison.Ordinal))
            {
                focused[1].Should().Be("visible", $"the focus on « {focused[0]} » must show");
            }
            else
            {
                break; // the focus left the page for the browser's own controls
            }

            reached.Add(focused[0]);
        }

        reached.Should().Contain(["header-q", "du", "au", "tri", "feed-link", "csv-link"]);
        (await page.Locator("label[for=du]").InnerTextAsync()).Should().Be("Du");
        (await page.Locator("label[for=au]").InnerTextAsync()).Should().Be("Au");
    }
}
