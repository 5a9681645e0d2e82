using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using QuestionsEcrites.Testing;
using Xunit.Abstractions;

namespace QuestionsEcrites.IntegrationTests.Processes;

/// <summary>
/// A real CLI import (its own process) killed at points spread over its run — early while it parses, in the middle
/// of its batches, near the end while the index commits — then the same for a <c>reindex</c>: each time the
/// database passes <c>PRAGMA integrity_check</c>, re-running completes with an export equal to a clean run's, and
/// the site started on that store serves every question through search, with no manual step.
/// </summary>
public sealed class CrashConsistencyTests(ITestOutputHelper output) : IDisposable
{
    private const int Documents = 4_000;

    private readonly TempFolder _folder = new();

    private string Corpus => Path.Combine(_folder.Path, "corpus");

    [Fact]
    public async Task ImportKilledAtFourPoints_ThenReindexKilled_StoreIntactAndRerunEqualsCleanRun()
    {
        WriteCorpus();
        var clean = Store("clean");
        var watch = Stopwatch.StartNew();
        (await RunProcessAsync(clean, kill: null, "import", Corpus)).Should().Be(0);
        var duration = watch.Elapsed;
        var expected = await ExportAsync(clean);
        output.WriteLine($"clean import of {Documents} documents: {duration.TotalSeconds:F1} s");

        // A fresh store for each point, so that each kill lands at that share of a whole import.
        StorePaths crashed = null!;
        foreach (var share in new[] { 0.1, 0.4, 0.7, 0.95 })
        {
            crashed = Store($"killed-{share * 100:0}");
            var exit = await RunProcessAsync(crashed, kill: duration * share, "import", Corpus);
            output.WriteLine($"import killed at {share:P0} of a clean run: exit {exit}");
            IntegrityCheck(crashed).Should().Be("ok", $"after a kill at {share:P0}");
            (await RunProcessAsync(crashed, kill: null, "import", Corpus)).Should().Be(0, "the re-run completes");
            (await ExportAsync(crashed)).Should().Be(expected, $"the re-run's export equals a clean run's (kill at {share:P0})");
        }

        var reindexExit = await RunProcessAsync(crashed, kill: TimeSpan.FromSeconds(1.5), "reindex");
        output.WriteLine($"reindex killed after 1.5 s: exit {reindexExit}");
        IntegrityCheck(crashed).Should().Be("ok");

        await using var site = await SiteProcess.StartAsync(crashed.Database, crashed.Index, syncIntervalSeconds: 1, seeds: Path.Combine(_folder.Path, "no-seeds"));
        var served = await SiteProcess.WaitForAsync(async () => await TotalAsync(site) == Documents, TimeSpan.FromSeconds(120));
        served.Should().NotBeNull($"the site serves every question through search without a manual step\n{site.Output}");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    private sealed record StorePaths(string Database, string Index);

    private StorePaths Store(string name)
    {
        Directory.CreateDirectory(Path.Combine(_folder.Path, name));
        return new StorePaths(Path.Combine(_folder.Path, name, "questions.db"), Path.Combine(_folder.Path, name, "index"));
    }

    private void WriteCorpus()
    {
        for (var n = 0; n < Documents; n++)
        {
            _folder.Write($"corpus/{n / 500:D2}/q{n}.txt", new QuestionDocumentBuilder().WithNumber(70_000 + n).WithTitle($"Ponts communaux, dossier {n}")
                .WithQuestionText($"M. Jean Dupont attire l'attention de M. le ministre sur l'état des ponts communaux du dossier {n}, dont l'entretien dépasse les moyens des petites communes.")
                .WithAnswerText($"Le Gouvernement a prévu un programme national pour les ponts ; le dossier {n} y est éligible.")
                .WithKeyDate("Réponse publiée au JO le", "[3 mars 2025](#), page 1500")
                .Build());
        }
    }

    private static async Task<int> RunProcessAsync(StorePaths store, TimeSpan? kill, params string[] verb) =>
        (await CliProcess.RunAsync(store.Database, store.Index, kill, verb)).ExitCode;

    private static string IntegrityCheck(StorePaths store)
    {
        using var connection = new SqliteConnection($"Data Source={store.Database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)command.ExecuteScalar()!;
    }

    private static Task<string> ExportAsync(StorePaths store) => CliProcess.ExportAsync(store.Database, store.Index);

    private static async Task<int> TotalAsync(SiteProcess site)
    {
        using var response = await site.Client.GetAsync(new Uri("/api/questions?taille=1", UriKind.Relative));
        return response.IsSuccessStatusCode ? JsonNode.Parse(await response.Content.ReadAsStringAsync())!["total"]!.GetValue<int>() : -1;
    }
}
