using QuestionsEcrites.Testing;

namespace QuestionsEcrites.IntegrationTests.Infrastructure;

/// <summary>The site serving <see cref="AccountabilityFixture"/> (imported as its seeds), today 23 November 2026.</summary>
public sealed class AccountabilityApp : IDisposable
{
    private readonly TempFolder _folder = new();

    public AccountabilityApp()
    {
        App = new QuestionsApp { Settings = [("Import:SeedsPath", AccountabilityFixture.Write(_folder))] };
        _ = App.Server; // start: migrate and import the fixture
    }

    public QuestionsApp App { get; }

    public void Dispose()
    {
        App.Dispose();
        _folder.Dispose();
    }
}
