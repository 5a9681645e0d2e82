using Microsoft.Playwright;

namespace QuestionsEcrites.BrowserTests.Infrastructure;

/// <summary>
/// One site and one headless Chromium shared by every browser test (they only read); each test opens its own
/// context, so cookies, storage and viewport never leak from one test to the next.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private readonly KestrelQuestionsApp _app = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Chromium.EnsureInstalled();
        BaseAddress = _app.Start();
        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);
    }

    /// <summary>A fresh context (a private browser window) of the given viewport, its relative URLs resolved against the site.</summary>
    /// <param name="bypassCsp">Lets a test inject its own script (axe) into pages whose policy allows none.</param>
    public async Task<IBrowserContext> NewContextAsync(int width, int height = 800, bool bypassCsp = false)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "fr-FR",
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Accept-Language"] = "fr-FR" },
            BypassCSP = bypassCsp,
        });
        // Generous: CI runs the test assemblies side by side on two cores (the benchmark smoke test among them).
        context.SetDefaultTimeout(30_000);
        context.SetDefaultNavigationTimeout(30_000);
        return context;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await _app.DisposeAsync();
    }
}
