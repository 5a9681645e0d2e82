using Xunit;

namespace QuestionsEcrites.Testing;

/// <summary>Tests that write: a fresh <see cref="TestStore"/> and a temp folder for each test, both disposed after it.</summary>
public abstract class StoreTestBase : IAsyncLifetime
{
    protected TestStore Store { get; private set; } = null!;

    protected TempFolder Folder { get; } = new();

    public async Task InitializeAsync() => Store = await TestStore.CreateAsync();

    public async Task DisposeAsync()
    {
        await Store.DisposeAsync();
        Folder.Dispose();
    }
}
