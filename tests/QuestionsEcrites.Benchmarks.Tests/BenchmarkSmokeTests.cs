using System.Text.Json;

namespace QuestionsEcrites.Benchmarks.Tests;

/// <summary>
/// The benchmark verbs on 1,000 questions, so that the tool that produces the published figures keeps working.
/// Figures are not asserted here (speed is measured by the benchmarks, never by tests); exit codes and outputs are.
/// </summary>
public sealed class BenchmarkSmokeTests : WorkFolderTests
{
    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    public async Task Generate_1000Questions_DeterministicAndComplete(string format)
    {
        var first = Path.Combine(Work.Path, "a");
        var second = Path.Combine(Work.Path, "b");

        var exit = await RunAsync("generate", "--count", "1000", "--out", first, "--format", format);
        await RunAsync("generate", "--count", "1000", "--out", second, "--format", format);

        exit.Should().Be(0);
        var files = Directory.GetFiles(first, "*", SearchOption.AllDirectories).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal).ToList();
        files.Count(f => f.EndsWith(format == "json" ? ".json" : ".txt", StringComparison.Ordinal)).Should().BeGreaterThanOrEqualTo(1000);
        foreach (var file in files.Take(50))
        {
            (await File.ReadAllBytesAsync(file)).Should().Equal(await File.ReadAllBytesAsync(file.Replace(first, second, StringComparison.Ordinal)), "the same seed gives the same bytes");
        }
    }

    [Fact]
    public async Task Generate_Verify_EveryDocumentReadsBackAsWritten()
    {
        var exit = await RunAsync("generate", "--count", "1000", "--out", Path.Combine(Work.Path, "v"), "--verify");

        exit.Should().Be(0);
    }

    [Fact]
    public async Task Bench_1000Questions_CompletesAndWritesResults()
    {
        var json = Path.Combine(Work.Path, "results.json");

        var exit = await RunAsync("bench", "--sizes", "1000", "--work", Path.Combine(Work.Path, "bench"), "--json", json);

        exit.Should().Be(0, "the bench checks its own import, index and facet counts");
        using var results = JsonDocument.Parse(await File.ReadAllTextAsync(json));
        var size = results.RootElement.GetProperty("sizes").EnumerateArray().Single();
        size.GetProperty("questions").GetInt64().Should().Be(1000);
        var import = size.GetProperty("import");
        import.GetProperty("added").GetInt32().Should().Be(1000);
        import.GetProperty("rejected").GetInt32().Should().Be(0);
        import.GetProperty("indexState").GetString().Should().Be("Updated");
        size.GetProperty("importWithoutIndex").GetProperty("indexState").GetString().Should().Be("HeldByAnotherProcess");
        size.GetProperty("storage").GetProperty("indexedDocuments").GetInt32().Should().Be(1000);
        size.GetProperty("search").EnumerateArray().Should().NotBeEmpty()
            .And.OnlyContain(s => s.GetProperty("latency").GetProperty("samples").GetInt32() > 0);

        // « Questions proches » on the store the bench left: the shipped settings, their own list entirely kept.
        var store = Path.Combine(Work.Path, "bench", "run-1000", "store");
        var output = new StringWriter();
        var similar = await BenchmarkCli.RunAsync(["proches", "--index", Path.Combine(store, "index"), "--db", Path.Combine(store, "questions.db"), "--questions", "30"], output, TextWriter.Null, CancellationToken.None);

        similar.Should().Be(0);
        output.ToString().Should().Contain("30 questions tirées")
            .And.MatchRegex(@"\| livré [^\n]*\| +100\.0 % \|", "the shipped lists are the reference of overlap@10");
    }

    [Fact]
    public async Task Proches_NoDatabase_ClearErrorNamingIt()
    {
        var error = new StringWriter();

        var exit = await BenchmarkCli.RunAsync(["proches", "--index", Path.Combine(Work.Path, "nowhere"), "--db", Path.Combine(Work.Path, "none.db")], TextWriter.Null, error, CancellationToken.None);

        exit.Should().Be(1);
        error.ToString().Should().Contain("aucun index de recherche").And.Contain("nowhere");
    }

    [Fact]
    public async Task Bench_ImportOnly_BothImportsOfTheSameCorpusAndTheirRatio()
    {
        var json = Path.Combine(Work.Path, "imports.json");

        var exit = await RunAsync("bench", "--sizes", "1000", "--import-only", "--work", Path.Combine(Work.Path, "bench"), "--json", json);

        exit.Should().Be(0);
        using var results = JsonDocument.Parse(await File.ReadAllTextAsync(json));
        results.RootElement.GetProperty("sizes").EnumerateArray().Should().BeEmpty("the rebuild and the queries are skipped");
        var import = results.RootElement.GetProperty("imports").EnumerateArray().Single();
        import.GetProperty("import").GetProperty("added").GetInt32().Should().Be(1000);
        import.GetProperty("import").GetProperty("indexState").GetString().Should().Be("Updated");
        import.GetProperty("importWithoutIndex").GetProperty("added").GetInt32().Should().Be(1000);
        import.GetProperty("importWithoutIndex").GetProperty("indexState").GetString().Should().Be("HeldByAnotherProcess");
        var share = import.GetProperty("indexedShare").GetDouble();
        var expected = import.GetProperty("import").GetProperty("throughput").GetProperty("documentsPerSecond").GetDouble()
            / import.GetProperty("importWithoutIndex").GetProperty("throughput").GetProperty("documentsPerSecond").GetDouble();
        share.Should().BeApproximately(expected, 0.001);
    }

    [Fact]
    public async Task Bench_QueriesOnlyAndImportOnly_UsageError()
    {
        (await RunAsync("bench", "--sizes", "1000", "--queries-only", "--import-only", "--work", Path.Combine(Work.Path, "bench"))).Should().Be(2);
    }

    [Fact]
    public async Task UnknownVerb_UsageError()
    {
        (await RunAsync("nimporte")).Should().Be(2);
    }

    [Fact]
    public async Task Identiques_2000Questions_EveryVerbatimCopyFound_NoFalseLink()
    {
        var output = new StringWriter();

        var exit = await BenchmarkCli.RunAsync(["identiques", "--count", "2000", "--copies", "0.05", "--work", Work.Path], output, TextWriter.Null, CancellationToken.None);

        exit.Should().Be(0);
        var text = output.ToString();
        text.Should().Contain("| question |").And.Contain("| answer |");
        // Precision 1: generated texts never resemble each other by chance; every link joins a copy and its original.
        text.Split('\n').Where(l => l.StartsWith("| question |", StringComparison.Ordinal) || l.StartsWith("| answer |", StringComparison.Ordinal))
            .Should().OnlyContain(l => l.TrimEnd().EndsWith("| 1.000 |", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Generate_Copies_LabelledAndWrittenWithAnotherSalutation()
    {
        var folder = Path.Combine(Work.Path, "copies");

        var exit = await RunAsync("generate", "--count", "1000", "--out", folder, "--copies", "0.1", "--verify");

        exit.Should().Be(0);
        var labels = await File.ReadAllLinesAsync(Path.Combine(folder, ".duplicates.tsv"));
        labels.Count(l => l.StartsWith("question\t", StringComparison.Ordinal)).Should().BeInRange(60, 140, "about a tenth of 1,000");
    }
}
