using System.ComponentModel.DataAnnotations;

namespace QuestionsEcrites.Search;

/// <summary>The <c>Search</c> configuration section.</summary>
public sealed class SearchOptions
{
    public const string SectionName = "Search";

    /// <summary>Lucene index folder; relative to the content root.</summary>
    [Required]
    public string IndexPath { get; set; } = "App_Data/index";

    /// <summary>How often the site looks for questions written by another process (a CLI import) to index.</summary>
    [Range(1, 3600)]
    public int SyncIntervalSeconds { get; set; } = 5;

    /// <summary>Pages of results kept per store version (lists, filters, searches asked again); 0 keeps none.</summary>
    [Range(0, 100_000)]
    public int CachedResultPages { get; set; } = 512;

    /// <summary>« Questions proches » lists kept per store version; 0 keeps none.</summary>
    [Range(0, 1_000_000)]
    public int CachedSimilarLists { get; set; } = 4_096;
}
