using System.ComponentModel.DataAnnotations;

namespace QuestionsEcrites.Import;

/// <summary>The <c>Import</c> configuration section.</summary>
public sealed class ImportOptions
{
    public const string SectionName = "Import";

    /// <summary>Folder imported on first start when the database is empty; relative to the content root or the repo root.</summary>
    [Required]
    public string SeedsPath { get; set; } = "seeds";

    /// <summary>Documents written per transaction.</summary>
    [Range(1, 100_000)]
    public int BatchSize { get; set; } = 2_000;
}
