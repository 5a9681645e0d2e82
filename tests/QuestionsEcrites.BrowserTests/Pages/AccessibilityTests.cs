using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using QuestionsEcrites.BrowserTests.Infrastructure;

namespace QuestionsEcrites.BrowserTests.Pages;

/// <summary>
/// axe-core's WCAG 2.1 A and AA rules on every page type, after a search and with filters, at desktop and phone
/// widths, in a real Chromium: zero violations. The context bypasses the site's CSP only so that axe's script can be
/// injected into the page; what is checked is the page as served.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    public static TheoryData<string, int> Pages()
    {
        var data = new TheoryData<string, int>();
        string[] urls =
        [
            "/", "/questions", "/questions?q=Ségur", "/questions?q=Ségur&statut=answered&rubrique=sante", "/questions/17/1223",
            "/rubriques", "/rubriques/sante", "/ministeres", "/ministeres/sante-et-acces-aux-soins", "/deputes",
            "/deputes/marie-charlotte-garin-17", "/groupes", "/groupes/ecologiste-et-social", "/signalees", "/questions/identiques",
            "/aide/recherche", "/questions/17/999999", "/api/",
        ];
        foreach (var url in urls)
        {
            data.Add(url, 1280);
            data.Add(url, 375);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_Wcag21AA_NoViolation(string url, int width)
    {
        await using var context = await browser.NewContextAsync(width, bypassCsp: true);
        var page = await context.NewPageAsync();
        await page.GotoAsync(url);
        if (url == "/api/")
        {
            await page.WaitForSelectorAsync("text=Questions écrites : API"); // the reference is drawn by its script
        }

        var results = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });

        var violations = results.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Select(n => $"{n.Target} {n.Html}"))}").ToList();
        violations.Should().BeEmpty($"{url} at {width} px");
    }
}
