using Lucene.Net.Analysis;

namespace QuestionsEcrites.Search.Analysis;

/// <summary>
/// The analyzers a query's words go through: for the stemmed and the exact fields, a compound's parts (searched as a
/// phrase) and its joined form (searched as one term), which the query builder ORs (<see cref="CompoundForms"/>).
/// </summary>
public sealed class QueryAnalyzers : IDisposable
{
    public Analyzer StemmedParts { get; } = FrenchAnalyzers.Stemmed(CompoundForms.Parts);

    public Analyzer StemmedJoined { get; } = FrenchAnalyzers.Stemmed(CompoundForms.Joined);

    public Analyzer ExactParts { get; } = FrenchAnalyzers.Exact(CompoundForms.Parts);

    public Analyzer ExactJoined { get; } = FrenchAnalyzers.Exact(CompoundForms.Joined);

    public void Dispose()
    {
        StemmedParts.Dispose();
        StemmedJoined.Dispose();
        ExactParts.Dispose();
        ExactJoined.Dispose();
    }
}
