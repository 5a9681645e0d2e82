using Lucene.Net.Util;

namespace QuestionsEcrites.Search.Analysis;

public static class LuceneSettings
{
    /// <summary>The one Lucene version used for analysis and index writing.</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;
}
