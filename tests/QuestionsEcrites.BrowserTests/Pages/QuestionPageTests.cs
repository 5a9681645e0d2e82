using QuestionsEcrites.BrowserTests.Infrastructure;

namespace QuestionsEcrites.BrowserTests.Pages;

[Collection(BrowserCollection.Name)]
public sealed class QuestionPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task Open1223_Desktop_AnswerColumnRightOfTheQuestion()
    {
        await using var context = await browser.NewContextAsync(width: 1280);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/questions/17/1223");
        await Screenshots.SaveAsync(page);

        var question = (await page.Locator("[data-testid=question-text]").BoundingBoxAsync())!;
        var answer = (await page.Locator("[data-testid=answer-text]").BoundingBoxAsync())!;
        answer.X.Should().BeGreaterThanOrEqualTo(question.X + question.Width, "the answer sits beside the question");
        Math.Abs(answer.Y - question.Y).Should().BeLessThan(2, "both columns start at the same height");
    }

    [Fact]
    public async Task Open1223_Phone_AnswerBelowTheQuestionWithoutHorizontalScroll()
    {
        await using var context = await browser.NewContextAsync(width: 375, height: 812);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/questions/17/1223");
        await Screenshots.SaveAsync(page);

        var question = (await page.Locator("[data-testid=question-text]").BoundingBoxAsync())!;
        var answer = (await page.Locator("[data-testid=answer-text]").BoundingBoxAsync())!;
        answer.Y.Should().BeGreaterThanOrEqualTo(question.Y + question.Height, "the answer is stacked below the question");
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).Should().BeLessThanOrEqualTo(375);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/questions?q=S%C3%A9gur")]
    [InlineData("/rubriques")]
    [InlineData("/ministeres")]
    [InlineData("/deputes")]
    [InlineData("/deputes/marie-mesmeur-17")]
    public async Task MainPages_Phone_NoHorizontalScroll(string url)
    {
        await using var context = await browser.NewContextAsync(width: 360, height: 800);
        var page = await context.NewPageAsync();

        await page.GotoAsync(url);

        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).Should().BeLessThanOrEqualTo(360, url);
    }

    [Fact]
    public async Task SearchBox_TypeAndSubmit_ReachesTheResults()
    {
        await using var context = await browser.NewContextAsync(width: 1280);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        await page.Locator("#home-q").FillAsync("SECPa");
        var navigated = page.WaitForURLAsync("**/questions?q=SECPa");
        await page.Locator("#home-q").PressAsync("Enter");
        await navigated;
        await Screenshots.SaveAsync(page);

        (await page.Locator("[data-testid=result-count]").InnerTextAsync()).Should().StartWith("2 questions");
        (await page.Locator("#results [data-testid=result] mark").First.InnerTextAsync()).Should().BeOneOf("SecPa", "SECPa");
    }

    [Fact]
    public async Task Keyboard_TabFromTheResults_ReachesAFilterAndAppliesIt()
    {
        await using var context = await browser.NewContextAsync(width: 1280);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/questions?q=S%C3%A9gur");

        // Tab until the first facet link has the focus, as a keyboard-only user would.
        var reached = false;
        for (var i = 0; i < 40 && !reached; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached = await page.EvaluateAsync<bool>("() => document.activeElement?.closest('.facet') !== null");
        }

        reached.Should().BeTrue("the filters are reachable with the keyboard");
        var href = await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')");
        href.Should().Contain("?", "a facet is a link to the filtered list");
        await Screenshots.SaveAsync(page);

        // Enter follows the focused link; wait until the filtered list has loaded, however fast or slow that is.
        var navigated = page.WaitForURLAsync(url => url.EndsWith(href, StringComparison.Ordinal));
        await page.Keyboard.PressAsync("Enter");
        await navigated;

        (await page.Locator("[data-testid=active-filters] a.chip").CountAsync()).Should().BeGreaterThan(1);
    }

    [Theory]
    [InlineData("/questions", "questions-desktop", 200)]
    [InlineData("/rubriques", "rubriques-desktop", 200)]
    [InlineData("/deputes", "deputes-desktop", 200)]
    [InlineData("/questions/17/6294", "question-pending-desktop", 200)]
    [InlineData("/questions/17/404404", "not-found-desktop", 404)]
    public async Task MainPages_Desktop_ScreenshotSaved(string url, string name, int status)
    {
        await using var context = await browser.NewContextAsync(width: 1280);
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync(url);

        var path = await Screenshots.SaveAsync(page, name);
        new FileInfo(path).Length.Should().BeGreaterThan(10_000);
        response!.Status.Should().Be(status);
        (await page.Locator("h1").InnerTextAsync()).Should().NotBeNullOrWhiteSpace();
    }
}
