namespace QuestionsEcrites.Import.Sources;

/// <summary>How much an import reads at most: per document, and per archive once decompressed (see <see cref="ImportOptions"/>).</summary>
public sealed record SourceLimits(long MaxDocumentBytes, long MaxArchiveBytes)
{
    public static SourceLimits Default { get; } = new ImportOptions().SourceLimits;

    /// <summary>A byte count as French readers write it in megabytes (« 2 048 Mo »).</summary>
    public static string Megabytes(long bytes) =>
        string.Create(QuestionsEcrites.Domain.Text.FrenchText.Culture, $"{bytes / (1024 * 1024):N0} Mo");
}
