using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using QuestionsEcrites.Testing;
using QuestionsEcrites.Web.Cli;
using Xunit.Abstractions;

namespace QuestionsEcrites.IntegrationTests.Processes;

/// <summary>
/// An import of 1,500 questions (one batch) by the command line while the site (another process) serves searches,
/// pages and the API to a bounded concurrent load: no request fails, no « database is locked » reaches anyone, and
/// the new questions are searchable within the site's sync interval once the import ends.
/// </summary>
public sealed class ImportUnderLoadTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int SyncIntervalSeconds = 1;
    // One import batch: what is bounded here is the wait for the sync plus the indexing of one batch, which under
    // the parallel test suite on two cores took 20 s for 3,000 questions in a Debug build.
    private const int Questions = 1_500;
    private const int Clients = 4;

    private static readonly string[] Routes =
    [
        "/api/questions?q=Ségur", "/questions?q=santé", "/", "/questions/17/1223", "/ministeres?du=2024-01-01",
        "/api/questions?q=charpentes&tri=date", "/flux/questions?q=xylophages", "/api/statistiques/groupes",
    ];

    private readonly TempFolder _folder = new();
    private SiteProcess _site = null!;

    private string Database => Path.Combine(_folder.Path, "questions.db");

    private string IndexPath => Path.Combine(_folder.Path, "index");

    public async Task InitializeAsync() =>
        _site = await SiteProcess.StartAsync(Database, IndexPath, SyncIntervalSeconds, seeds: null, "--RateLimiting:RequestsPerMinute=1000000");

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Fact]
    public async Task Import_UnderConcurrentLoad_NoFailedRequest_NewQuestionsSearchableWithinTheInterval()
    {
        for (var n = 0; n < Questions; n++)
        {
            _folder.Write($"in/q{n}.txt", new QuestionDocumentBuilder().WithNumber(50_000 + n).WithTitle($"Charpentes, lot {n}")
                .WithQuestionText($"Les xylophages menacent les charpentes des églises du lot {n} ; il lui demande quelles aides sont prévues.").Build());
        }

        var failures = new ConcurrentQueue<string>();
        var served = 0;
        using var stop = new CancellationTokenSource();
        var load = Enumerable.Range(0, Clients).Select(c => Task.Run(async () =>
        {
            for (var i = c; !stop.IsCancellationRequested; i++)
            {
                var route = Routes[i % Routes.Length];
                try
                {
                    using var response = await _site.Client.GetAsync(new Uri(route, UriKind.Relative), CancellationToken.None);
                    var body = await response.Content.ReadAsStringAsync();
                    if (!response.IsSuccessStatusCode || body.Contains("database is locked", StringComparison.OrdinalIgnoreCase))
                    {
                        failures.Enqueue($"{route}: {(int)response.StatusCode}");
                    }

                    Interlocked.Increment(ref served);
                }
                catch (HttpRequestException ex)
                {
                    failures.Enqueue($"{route}: {ex.Message}");
                }
            }
        })).ToList();

        var importing = Stopwatch.StartNew();
        var (exit, stdout, stderr) = await RunCliAsync("import", Path.Combine(_folder.Path, "in"));
        var importTime = importing.Elapsed;
        var window = await SiteProcess.WaitForAsync(async () => await TotalAsync("xylophages") == Questions, TimeSpan.FromSeconds(60));
        await stop.CancelAsync();
        await Task.WhenAll(load);

        exit.Should().Be(CliApplication.Success, stderr);
        stdout.Should().Contain($"{Questions} ajoutée(s)");
        output.WriteLine($"import {importTime.TotalSeconds:F1} s with {Clients} clients; {served} requests served; searchable {window?.TotalMilliseconds:F0} ms after the import returned");
        served.Should().BeGreaterThan(Routes.Length * Clients, "the load ran during the import");
        failures.Should().BeEmpty("no request fails while an import writes");
        window.Should().NotBeNull($"the site indexes the import\n{_site.Output}");
        window!.Value.Should().BeLessThan(TimeSpan.FromSeconds(SyncIntervalSeconds + 15));
        _site.Output.Should().NotContain("database is locked").And.NotContain("Unhandled exception");
    }

    private async Task<int> TotalAsync(string query)
    {
        using var response = await _site.Client.GetAsync(new Uri("/api/questions?orthographe=stricte&q=" + Uri.EscapeDataString(query), UriKind.Relative));
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
