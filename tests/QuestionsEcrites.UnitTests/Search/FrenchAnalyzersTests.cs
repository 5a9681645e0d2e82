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
    [InlineData("segur", "Ségur")]
    [InlineData("etablissement", "établissements")]
    [InlineData("SECPa", "SecPa")]
    [InlineData("accès", "l'accès")]
    [InlineData("acces", "l’accès")]
    [InlineData("etat", "État")]
    [InlineData("medico", "médico")]
    [InlineData("oeuvre", "œuvre")]
    public void Stemmed_QueryAndIndexedForms_GiveTheSameTerm(string query, string indexed)
    {
        Stemmed(query).Should().Equal(Stemmed(indexed)).And.HaveCount(1);
    }

    [Fact]
    public void Stemmed_Sentence_DropsStopWordsAndElisions()
    {
        var terms = Stemmed("L'accès aux soins et la prime Ségur de l'État");

        terms.Should().NotContain(["l", "la", "et", "de", "aux"]);
        terms.Should().Contain(Stemmed("Ségur"));
        terms.Should().HaveCount(5);
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
