using QuestionsEcrites.Search.Analysis;

namespace QuestionsEcrites.UnitTests.Search;

/// <summary>Text in, tokens out, as Lucene's TestFrenchAnalyzer does.</summary>
public sealed class FrenchAnalyzersTests
{
    private static List<string> Stemmed(string text)
    {
        using var analyzer = FrenchAnalyzers.Stemmed();
        return Tokens.Terms(analyzer, "text", text);
    }

    private static List<string> Exact(string text)
    {
        using var analyzer = FrenchAnalyzers.Exact();
        return Tokens.Terms(analyzer, "text_x", text);
    }

    [Theory]
    [InlineData("Ségur", "segu")]
    [InlineData("segur", "segu")]
    [InlineData("établissements", "etabli")]
    [InlineData("etablissement", "etabli")]
    [InlineData("SecPa", "secpa")]
    [InlineData("SECPa", "secpa")]
    [InlineData("l'accès", "acce")]
    [InlineData("l’accès", "acce")]
    [InlineData("acces", "acce")]
    [InlineData("État", "etat")]
    [InlineData("etat", "etat")]
    [InlineData("médico", "medico")]
    [InlineData("œuvre", "oeuvr")]
    [InlineData("oeuvre", "oeuvr")]
    public void Stemmed_Word_ExpectedTerm(string text, string term)
    {
        Stemmed(text).Should().Equal(term);
    }

    [Fact]
    public void Stemmed_Sentence_StopWordsAndElisionsDropped()
    {
        Stemmed("L'accès aux soins et la prime Ségur de l'État").Should().Equal("acce", "soin", "prim", "segu", "etat");
    }

    [Fact]
    public void Exact_KeepsEveryWordUnstemmedButFolded()
    {
        Exact("la prime Ségur des établissements").Should().Equal("la", "prime", "segur", "des", "etablissements");
    }

    [Fact]
    public void Exact_PluralIsNotSingular()
    {
        Exact("primes").Should().NotEqual(Exact("prime"));
    }

    [Fact]
    public void Analyze_Offsets_PointAtTheOriginalWord()
    {
        using var analyzer = FrenchAnalyzers.Stemmed();
        const string text = "Le dispositif SecPa (Structures)";

        var token = Tokens.Analyze(analyzer, "text", text).Single(t => t.Term == Stemmed("secpa")[0]);

        text[token.Start..token.End].Should().Be("SecPa");
    }
}
