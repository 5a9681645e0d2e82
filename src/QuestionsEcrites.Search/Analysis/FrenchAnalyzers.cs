using Lucene.Net.Analysis;
using Lucene.Net.Analysis.CharFilters;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;

namespace QuestionsEcrites.Search.Analysis;

/// <summary>What the analysis does with a compound word (« SEC-Pa », « retrait-gonflement », « E.H.P.A.D. », « L.314-6 »).</summary>
public enum CompoundForms
{
    /// <summary>Index time: its parts at consecutive positions and, over the first, its letters joined (« secpa »).</summary>
    PartsAndJoined,

    /// <summary>Query time, the phrase of its parts: « sec pa » finds every written form.</summary>
    Parts,

    /// <summary>Query time, the whole word joined: « ehpad » finds « E.H.P.A.D. » and « EHPAD ».</summary>
    Joined,
}

/// <summary>
/// The French analysis chains, the same at index and query time. Tokens are folded to ASCII before stemming:
/// <see cref="FrenchLightStemFilter"/> folds accents only in tokens longer than four characters, so « etat » would
/// otherwise miss « état ». Compounds are kept whole by the tokenizer (a hyphen between two characters of a word
/// reads as « _ », which Unicode's word rules do not break on) and split by <see cref="WordDelimiterFilter"/> on
/// hyphens, dots, case changes (« SecPa », and « SECPa » after <see cref="AcronymCaseFilter"/>) and letter/digit
/// boundaries, so that every written form of a compound or a legal reference finds the others.
/// </summary>
public static class FrenchAnalyzers
{
    /// <summary>Elided articles and pronouns: « l'accès », « qu’il » (the filter knows ' and ’).</summary>
    public static CharArraySet Elisions { get; } = new(
        LuceneSettings.Version,
        ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu", "presqu", "quelqu"],
        ignoreCase: true);

    private static readonly NormalizeCharMap Hyphens = BuildHyphens();

    /// <summary>Search text: elision, compounds, lower case, French stop words, ASCII folding, light stemming.</summary>
    public static Analyzer Stemmed(CompoundForms compounds = CompoundForms.PartsAndJoined) => new ChainAnalyzer(compounds, StemmedTail);

    /// <summary>Exact phrases and prefixes: elision, compounds, lower case, ASCII folding; every word kept, none stemmed.</summary>
    public static Analyzer Exact(CompoundForms compounds = CompoundForms.PartsAndJoined) => new ChainAnalyzer(compounds, ExactTail);

    private static NormalizeCharMap BuildHyphens()
    {
        var builder = new NormalizeCharMap.Builder();
        builder.Add("-", "_");
        builder.Add("\u2011", "_"); // non-breaking hyphen
        return builder.Build();
    }

    private static WordDelimiterFlags Flags(CompoundForms compounds) => compounds switch
    {
        CompoundForms.Joined => WordDelimiterFlags.CATENATE_ALL,
        _ => WordDelimiterFlags.GENERATE_WORD_PARTS | WordDelimiterFlags.GENERATE_NUMBER_PARTS | WordDelimiterFlags.SPLIT_ON_CASE_CHANGE
            | WordDelimiterFlags.SPLIT_ON_NUMERICS | (compounds == CompoundForms.PartsAndJoined ? WordDelimiterFlags.CATENATE_WORDS : 0),
    };

    /// <summary>
    /// The part both index chains share, and most of their cost: tokenizer, elision, acronym case, compounds, lower
    /// case. <see cref="TwinAnalysis"/> runs it once per text for the stemmed and the exact field.
    /// </summary>
    /// <remarks>Its text must have its hyphens mapped already (<see cref="MapHyphens"/>): the same characters as the
    /// char filter would give, at the same offsets, without reading the text through a filter one char at a time.</remarks>
    internal static Analyzer SharedHead() => new ChainAnalyzer(CompoundForms.PartsAndJoined, tail: head => head, mapHyphens: false);

    /// <summary>What the chains' char filter does to a text, in one pass: each hyphen becomes « _ » (one char for one, so offsets hold).</summary>
    internal static string MapHyphens(string text) =>
        text.AsSpan().IndexOfAny('-', '\u2011') < 0 ? text : text.Replace('-', '_').Replace('\u2011', '_');

    /// <summary>What the stemmed chain adds to <see cref="SharedHead"/>: stop words, ASCII folding, light stemming.</summary>
    internal static TokenStream StemmedTail(TokenStream head) => new FrenchLightStemFilter(new ASCIIFoldingFilter(new StopFilter(LuceneSettings.Version, head, FrenchAnalyzer.DefaultStopSet)));

    /// <summary>What the exact chain adds to <see cref="SharedHead"/>: ASCII folding.</summary>
    internal static TokenStream ExactTail(TokenStream head) => new ASCIIFoldingFilter(head);

    private sealed class ChainAnalyzer(CompoundForms compounds, Func<TokenStream, TokenStream> tail, bool mapHyphens = true) : Analyzer
    {
        protected override TextReader InitReader(string fieldName, TextReader reader) => mapHyphens ? new MappingCharFilter(Hyphens, reader) : reader;

        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(LuceneSettings.Version, reader);
            TokenStream stream = new ElisionFilter(tokenizer, Elisions);
            stream = new AcronymCaseFilter(stream);
            stream = new WordDelimiterFilter(LuceneSettings.Version, stream, Flags(compounds), protWords: null);
            stream = new TableLowerCaseFilter(stream);
            return new TokenStreamComponents(tokenizer, tail(stream));
        }
    }
}
