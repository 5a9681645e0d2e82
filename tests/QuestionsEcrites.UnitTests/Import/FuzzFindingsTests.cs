using QuestionsEcrites.Import.Parsing;

namespace QuestionsEcrites.UnitTests.Import;

/// <summary>
/// Inputs the fuzzer (the benchmarks' `fuzz` verb) found to crash a parser, kept as regression tests: each must
/// now give a result or a failure with a message, never an exception.
/// </summary>
public sealed class FuzzFindingsTests
{
    public static TheoryData<string> Findings() =>
        [.. Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Import", "FuzzFindings"), "*.bin").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Findings))]
    public void Finding_ParsesWithoutThrowing(string file)
    {
        var input = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Import", "FuzzFindings", file));

        var parse = () => DocumentParser.ParseContent(input);

        parse.Should().NotThrow();
    }
}
