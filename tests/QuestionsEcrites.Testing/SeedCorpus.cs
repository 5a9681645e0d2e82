using System.Text.Json;
using QuestionsEcrites.Data.Export;

namespace QuestionsEcrites.Testing;

/// <summary>The five seed documents and the values a reader wrote down for each (Corpus/seeds.expected.json).</summary>
public static class SeedCorpus
{
    private static readonly Lazy<IReadOnlyList<QuestionExport>> Expected = new(Load);

    public static IReadOnlyList<QuestionExport> ExpectedQuestions => Expected.Value;

    /// <summary>The expected values in the raw JSON of the export schema, for byte-level comparisons.</summary>
    public static string ExpectedJson => File.ReadAllText(ExpectedPath);

    public static IEnumerable<string> SeedFiles => Directory.EnumerateFiles(RepoPaths.Seeds).Order(StringComparer.Ordinal);

    public static QuestionExport ExpectedFor(string seedFileName) =>
        ExpectedQuestions.Single(q => Path.GetFileName(q.Source) == seedFileName);

    private static string ExpectedPath => Path.Combine(AppContext.BaseDirectory, "Corpus", "seeds.expected.json");

    private static IReadOnlyList<QuestionExport> Load() =>
        JsonSerializer.Deserialize<List<QuestionExport>>(File.ReadAllText(ExpectedPath), ExportJson.Options)
        ?? throw new InvalidOperationException("empty expected corpus");
}
