using QuestionsEcrites.Benchmarks.Fuzzing;

namespace QuestionsEcrites.Benchmarks.Tests;

/// <summary>
/// The fuzzer's short run: 10,000 mutated inputs for each parser (text, HTML, open-data JSON and XML, deputies file,
/// search syntax): none may throw or take seconds. The long run (1,000,000 each) is the benchmarks' `fuzz` verb.
/// </summary>
public sealed class FuzzTests
{
    [Fact]
    public void TenThousandInputsPerParser_NoCrashNoHang()
    {
        using var findings = new QuestionsEcrites.Testing.TempFolder();
        var options = new FuzzOptions
        {
            InputsPerTarget = 10_000,
            Seed = 7,
            TimeLimit = TimeSpan.FromSeconds(5), // generous: the suite runs test projects side by side on two cores
            Samples = Path.Combine(AppContext.BaseDirectory, "Fuzzing", "samples"),
            Findings = findings.Path,
        };

        var results = new FuzzRunner(options, TextWriter.Null).Run(CancellationToken.None);

        results.Select(r => r.Target).Should().Equal("texte", "html", "json", "xml", "deputes", "requete");
        results.Should().OnlyContain(r => r.Inputs == 10_000);
        results.Should().OnlyContain(r => r.Crashes == 0 && r.Hangs == 0, string.Join(", ", Directory.EnumerateFiles(findings.Path).Select(Path.GetFileName)));
    }
}
