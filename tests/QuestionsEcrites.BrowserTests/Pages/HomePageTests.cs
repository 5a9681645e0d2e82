using QuestionsEcrites.BrowserTests.Infrastructure;

namespace QuestionsEcrites.BrowserTests.Pages;

[Collection(BrowserCollection.Name)]
public sealed class HomePageTests(BrowserFixture browser)
{
    [Fact]
    public async Task Open_Desktop_ShowsTheFiveSeedQuestionsInFrench()
    {
        await using var context = await browser.NewContextAsync(width: 1280);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        await Screenshots.SaveAsync(page);

        (await page.Locator("html").GetAttributeAsync("lang")).Should().Be("fr");
        (await page.Locator("[data-testid=question-count]").InnerTextAsync()).Should().Be("5");
        (await page.Locator("#latest-questions [data-testid=result]").CountAsync()).Should().Be(5);
    }

    [Fact]
    public async Task Open_PhoneWidth_NoHorizontalScroll()
    {
        await using var context = await browser.NewContextAsync(width: 375, height: 812);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        await Screenshots.SaveAsync(page);

        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        var innerWidth = await page.EvaluateAsync<int>("() => window.innerWidth");
        innerWidth.Should().Be(375);
        scrollWidth.Should().BeLessThanOrEqualTo(innerWidth, "nothing on the page may be wider than a phone's screen");
    }

    [Fact]
    public async Task PressTab_FirstKey_FocusesTheSkipLink()
    {
        await using var context = await browser.NewContextAsync(width: 1280);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        await page.Keyboard.PressAsync("Tab");
        await Screenshots.SaveAsync(page);

        var focused = page.Locator(":focus");
        (await focused.InnerTextAsync()).Should().Be("Aller au contenu");
        (await focused.GetAttributeAsync("href")).Should().Be("#main");
    }
}
