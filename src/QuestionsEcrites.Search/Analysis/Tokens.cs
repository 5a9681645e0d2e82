using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace QuestionsEcrites.Search.Analysis;

/// <summary>Runs an analyzer over a text: the terms with their character offsets.</summary>
public static class Tokens
{
    public static List<string> Terms(Analyzer analyzer, string field, string text) =>
        Analyze(analyzer, field, text).Select(t => t.Term).ToList();

    public static List<AnalyzedToken> Analyze(Analyzer analyzer, string field, string text)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        var tokens = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new AnalyzedToken(term.ToString(), offset.StartOffset, offset.EndOffset, position));
        }

        stream.End();
        return tokens;
    }
}
