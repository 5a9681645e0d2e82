using Microsoft.Playwright;

namespace QuestionsEcrites.BrowserTests.Infrastructure;

/// <summary>
/// Debian's Chromium (package <c>chromium</c>), the only browser the tests drive: Playwright's own builds are
/// downloaded from its CDN, which this project cannot reach. With <see cref="BrowserTypeLaunchOptions.ExecutablePath"/>
/// set, Playwright neither looks for nor validates a browser of its own, so no environment variable is needed.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>Fails the fixture, and so every browser test, with the way out rather than Playwright's install hint.</summary>
    public static void EnsureInstalled()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {ExecutablePath}. The browser tests use Debian's chromium package, never a " +
                "browser downloaded by Playwright: run `bash tests/run-tests.sh`, which installs it (apt-get install chromium).");
        }
    }

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        // Playwright gives every launch a fresh temporary user-data dir and deletes it on close.
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Timeout = 30_000,
            Args =
            [
                "--no-sandbox", // we run as root in a container
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--lang=fr-FR", // native controls in French: date fields show « jj/mm/aaaa »
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        });
}
