using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.TokenAttributes;
using QuestionsEcrites.Search.Analysis;

namespace QuestionsEcrites.UnitTests.Search;

/// <summary>The table-driven lower case gives, unit for unit, what Lucene's <see cref="LowerCaseFilter"/> gives.</summary>
public sealed class TableLowerCaseFilterTests
{
    [Fact]
    public void EveryUtf16Unit_SameAsLucenesFilter()
    {
        // Every non-surrogate unit, in tokens of 64, then words with accents, ligatures, dotted capitals and a pair.
        var units = Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => !char.IsSurrogate(c)).ToArray();
        var tokens = units.Chunk(64).Select(chunk => new string(chunk))
            .Concat(["ÉTAT", "Ǆǅǆ", "İstanbul", "ΣΑΣ", "ﬁN", "Ⅻ", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "A𐐀B", "\uD800", "ÀÉÎÕÜŸ"])
            .ToList();

        foreach (var token in tokens)
        {
            Lower(token, input => new TableLowerCaseFilter(input)).Should().Be(Lower(token, input => new LowerCaseFilter(LuceneSettings.Version, input)), "for U+{0:X4}…", (int)token[0]);
        }
    }

    private static string Lower(string token, Func<TokenStream, TokenStream> filter)
    {
        using var stream = filter(new KeywordTokenizer(new StringReader(token)));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        stream.IncrementToken().Should().BeTrue();
        var lower = term.ToString();
        stream.End();
        return lower;
    }
}
