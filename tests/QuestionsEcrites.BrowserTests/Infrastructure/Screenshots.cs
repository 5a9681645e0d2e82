using System.Runtime.CompilerServices;
using Microsoft.Playwright;
using QuestionsEcrites.Testing;

namespace QuestionsEcrites.BrowserTests.Infrastructure;

/// <summary>Full-page screenshots under TestResults/screenshots/ at the repository root (git-ignored), one per test.</summary>
public static class Screenshots
{
    public static string Folder => Path.Combine(RepoPaths.Root, "TestResults", "screenshots");

    public static async Task<string> SaveAsync(IPage page, [CallerMemberName] string name = "")
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }
}
