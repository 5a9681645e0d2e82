using QuestionsEcrites.Testing;

namespace QuestionsEcrites.IntegrationTests.Processes;

/// <summary>
/// A site pointed at a file it cannot use as its database, or given a setting it cannot use, says why in one French
/// line and exits with 1, instead of an unhandled exception and its stack trace; the file is left as it was.
/// </summary>
public sealed class SiteStartFailureTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Start_OnAFileThatIsNotADatabase_OneFrenchLineAndExitOne()
    {
        var database = _folder.Write("questions.db", new string('x', 8_192));
        var before = await File.ReadAllBytesAsync(database);

        var (exit, error) = await SiteProcess.RunUntilExitAsync(database, Path.Combine(_folder.Path, "index"), TimeSpan.FromSeconds(60));

        exit.Should().Be(1);
        error.Should().Contain("le site ne peut pas démarrer : erreur de la base SQLite : ");
        error.Should().NotContain("   at ", "a person gets the reason, not a stack trace");
        error.Should().NotContain("Unhandled exception");
        (await File.ReadAllBytesAsync(database)).Should().Equal(before, "a file the site cannot read is not written");
    }

    [Theory]
    [InlineData("--Server:OutputCacheMegabytes=beaucoup", "Server:OutputCacheMegabytes")]
    [InlineData("--Server:OutputCacheMegabytes=-1", "OutputCacheMegabytes")]
    [InlineData("--Search:CachedResultPages=-1", "CachedResultPages")]
    public async Task Start_WithASettingOutOfRange_OneFrenchLineNamingItAndExitOne(string setting, string named)
    {
        var (exit, error) = await SiteProcess.RunUntilExitAsync(
            Path.Combine(_folder.Path, "questions.db"), Path.Combine(_folder.Path, "index"), TimeSpan.FromSeconds(60), setting);

        exit.Should().Be(1);
        error.Should().Contain("le site ne peut pas démarrer : réglage invalide : ").And.Contain(named);
        error.Should().NotContain("   at ", "a person gets the reason, not a stack trace");
    }
}
