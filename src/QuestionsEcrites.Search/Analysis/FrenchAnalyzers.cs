using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;

namespace QuestionsEcrites.Search.Analysis;

/// <summary>
/// The French analysis chains, the same at index and query time. Tokens are folded to ASCII before stemming:
/// <see cref="FrenchLightStemFilter"/> folds accents only in tokens longer than four characters, so « etat » would
/// otherwise miss « état ».
/// </summary>
public static class FrenchAnalyzers
{
    /// <summary>Elided articles and pronouns: « l'accès », « qu’il » (the filter knows ' and ’).</summary>
    public static CharArraySet Elisions { get; } = new(
        LuceneSettings.Version,
        ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu", "presqu", "quelqu"],
        ignoreCase: true);

    /// <summary>Search text: elision, lower case, French stop words, ASCII folding, light stemming.</summary>
    public static Analyzer Stemmed() => new ChainAnalyzer(stem: true, stopWords: true);

    /// <summary>Exact phrases and prefixes: elision, lower case, ASCII folding; every word kept, none stemmed.</summary>
    public static Analyzer Exact() => new ChainAnalyzer(stem: false, stopWords: false);

    private sealed class ChainAnalyzer(bool stem, bool stopWords) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(LuceneSettings.Version, reader);
            TokenStream stream = new ElisionFilter(tokenizer, Elisions);
            stream = new LowerCaseFilter(LuceneSettings.Version, stream);
            if (stopWords)
            {
                stream = new StopFilter(LuceneSettings.Version, stream, FrenchAnalyzer.DefaultStopSet);
            }

            stream = new ASCIIFoldingFilter(stream);
            if (stem)
            {
                stream = new FrenchLightStemFilter(stream);
            }

            return new TokenStreamComponents(tokenizer, stream);
        }
    }
}
