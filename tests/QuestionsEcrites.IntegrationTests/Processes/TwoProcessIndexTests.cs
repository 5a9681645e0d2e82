using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using QuestionsEcrites.Testing;
using QuestionsEcrites.Web.Cli;
using Xunit.Abstractions;

namespace QuestionsEcrites.IntegrationTests.Processes;

/// <summary>
/// The site serving a store in one process, the command line on the same store in another (this test process):
/// the site owns the index, so <c>reindex</c> refuses and <c>import</c> writes the store only, and the site
/// indexes the new questions within its sync interval. Before the owner lock, both processes wrote the index
/// and corrupted it (missing segment files, « read past EOF », searches behind the store for minutes).
/// </summary>
public sealed class TwoProcessIndexTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int SyncIntervalSeconds = 1;

    private readonly TempFolder _folder = new();
    private SiteProcess _site = null!;

    private string Database => Path.Combine(_folder.Path, "questions.db");

    private string IndexPath => Path.Combine(_folder.Path, "index");

    public async Task InitializeAsync() => _site = await SiteProcess.StartAsync(Database, IndexPath, SyncIntervalSeconds);

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Fact]
    public async Task Reindex_WhileTheSiteServes_RefusedAndIndexIntact()
    {
        (await TotalAsync("Ségur")).Should().Be(4);

        var (exit, stdout, stderr) = await RunCliAsync("reindex");

        exit.Should().Be(CliApplication.Failure);
        stderr.Should().Contain("l'index est ouvert par le site en cours d'exécution");
        stdout.Should().NotContain("Index reconstruit");
        (await TotalAsync("Ségur")).Should().Be(4);
        _site.Output.Should().NotContain("Exception", "the site's index was never touched by the other process");
    }

    [Fact]
    public async Task Import_WhileTheSiteServes_StoreOnlyThenTheSiteIndexesWithinItsInterval()
    {
        var document = _folder.Write("in/q.txt", new QuestionDocumentBuilder().WithNumber(4242).WithQuestionText("Les xylophages menacent les charpentes des églises.").Build());

        var (exit, stdout, _) = await RunCliAsync("import", document);

        exit.Should().Be(CliApplication.Success);
        stdout.Should().Contain("index : ouvert par le site");
        stdout.Should().Contain("1 ajoutée(s)");
        var window = await SiteProcess.WaitForAsync(async () => await TotalAsync("xylophages") == 1, TimeSpan.FromSeconds(30));
        window.Should().NotBeNull($"the site indexes what another process wrote within its interval\n{_site.Output}");
        output.WriteLine($"unsearchable window after the import returned: {window!.Value.TotalMilliseconds:F0} ms (sync interval {SyncIntervalSeconds} s)");
        window.Value.Should().BeLessThan(TimeSpan.FromSeconds(SyncIntervalSeconds + 10));
        (await TotalAsync("Ségur")).Should().Be(4);
        _site.Output.Should().NotContain("FileNotFoundException").And.NotContain("CorruptIndex");
    }

    private async Task<int> TotalAsync(string query)
    {
        using var response = await _site.Client.GetAsync(new Uri("/api/questions?q=" + Uri.EscapeDataString(query), UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["total"]!.GetValue<int>();
    }

    private async Task<(int Exit, string Stdout, string Stderr)> RunCliAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await CliApplication.RunAsync(
            [.. args, $"--ConnectionStrings:Questions=Data Source={Database}", $"--Search:IndexPath={IndexPath}"],
            new CliConsole(stdout, stderr, () => Stream.Null, ShowProgress: false),
            CancellationToken.None);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
