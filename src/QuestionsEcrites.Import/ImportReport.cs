namespace QuestionsEcrites.Import;

/// <summary>What an import did: counts, and one line per rejected document.</summary>
public sealed record ImportReport(
    int Added,
    int Updated,
    int Unchanged,
    IReadOnlyList<RejectedDocument> Rejected,
    IReadOnlyList<DocumentWarning> Warnings,
    TimeSpan Elapsed)
{
    public int Imported => Added + Updated + Unchanged;

    public int Processed => Imported + Rejected.Count;

    public double DocumentsPerSecond => Elapsed.TotalSeconds > 0 ? Processed / Elapsed.TotalSeconds : 0;

    /// <summary>What was passed over on purpose (symbolic-link loops, hidden zip entries), one line each.</summary>
    public IReadOnlyList<SkippedSource> Skipped { get; init; } = [];

    /// <summary>Deputy mandates named or merged from deputies files.</summary>
    public int DeputiesResolved { get; init; }
}

public sealed record RejectedDocument(string Source, string Reason);

public sealed record SkippedSource(string Source, string Reason);

public sealed record DocumentWarning(string Source, string Message);

/// <summary>Progress of a long import, reported after each batch.</summary>
public readonly record struct ImportProgress(int Processed, int Rejected, TimeSpan Elapsed)
{
    public double DocumentsPerSecond => Elapsed.TotalSeconds > 0 ? Processed / Elapsed.TotalSeconds : 0;
}
