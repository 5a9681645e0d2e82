using System.ComponentModel.DataAnnotations;
using QuestionsEcrites.Import.Sources;

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

    /// <summary>Largest document read (a file, or an archive entry once decompressed), in megabytes.</summary>
    [Range(1, 1_024)]
    public int MaxDocumentMegabytes { get; set; } = 32;

    /// <summary>
    /// Largest archive once decompressed (its entries and the archives inside it), in megabytes: an archive that
    /// says it expands past it is refused whole, unread (a « zip bomb »); one that lies about it stops at it.
    /// </summary>
    [Range(1, 1_048_576)]
    public int MaxArchiveMegabytes { get; set; } = 2_048;

    public SourceLimits SourceLimits => new(MaxDocumentMegabytes * 1024L * 1024, MaxArchiveMegabytes * 1024L * 1024);
}
