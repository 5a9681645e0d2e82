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

    private static string Indexed(string text)
    {
        using var analyzer = FrenchAnalyzers.Exact();
        return string.Join(' ', Tokens.Analyze(analyzer, "text_x", text).Select(t => $"{t.Term}@{t.Position}"));
    }

    private static string Query(string text, CompoundForms forms)
    {
        using var analyzer = FrenchAnalyzers.Exact(forms);
        return string.Join(' ', Tokens.Terms(analyzer, "text_x", text));
    }

    /// <summary>Index time: the parts at consecutive positions, the letters joined over the first part.</summary>
    [Theory]
    [InlineData("SEC-Pa", "sec@0 secpa@0 pa@1")]
    [InlineData("SecPa", "sec@0 secpa@0 pa@1")]
    [InlineData("SECPa", "sec@0 pa@1 secpa@1")] // split by AcronymCaseFilter: the joined word comes after its parts
    [InlineData("MaPrimeRénov'", "ma@0 maprimerenov@0 prime@1 renov@2")]
    [InlineData("SEC Pa", "sec@0 pa@1")]
    [InlineData("retrait-gonflement des argiles", "retrait@0 retraitgonflement@0 gonflement@1 des@2 argiles@3")]
    [InlineData("E.H.P.A.D.", "e@0 ehpad@0 h@1 p@2 a@3 d@4")]
    [InlineData("EHPAD", "ehpad@0")]
    [InlineData("article L. 314-6", "article@0 l@1 314@2 6@3")]
    [InlineData("article L.314-6", "article@0 l@1 314@2 6@3")]
    [InlineData("article L314-6", "article@0 l@1 314@2 6@3")]
    [InlineData("article 49.3", "article@0 49@1 3@2")]
    [InlineData("article 49-3", "article@0 49@1 3@2")]
    [InlineData("décret n° 2002-65", "decret@0 n@1 2002@2 65@3")]
    [InlineData("COVID-19", "covid@0 19@1")]
    [InlineData("l'accès au médico-social", "acces@0 au@1 medico@2 medicosocial@2 social@3")]
    [InlineData("Nord - Renaissance", "nord@0 renaissance@1")]
    public void Exact_Compounds_PartsAndJoined(string text, string tokens)
    {
        Indexed(text).Should().Be(tokens);
    }

    /// <summary>Query time: the phrase of parts and the joined word, which the query builder ORs.</summary>
    [Theory]
    [InlineData("SEC-Pa", "sec pa", "secpa")]
    [InlineData("SECPa", "sec pa", "secpa")]
    [InlineData("E.H.P.A.D.", "e h p a d", "ehpad")]
    [InlineData("L314-6", "l 314 6", "l3146")]
    [InlineData("frelon", "frelon", "frelon")]
    public void Exact_QueryForms(string text, string parts, string joined)
    {
        Query(text, CompoundForms.Parts).Should().Be(parts);
        Query(text, CompoundForms.Joined).Should().Be(joined);
    }

    [Fact]
    public void Analyze_CompoundParts_OffsetsPointAtTheOriginalText()
    {
        using var analyzer = FrenchAnalyzers.Stemmed();
        const string text = "Le retrait-gonflement des argiles";

        var tokens = Tokens.Analyze(analyzer, "text", text);

        tokens.Should().OnlyContain(t => t.End <= text.Length && t.Start < t.End);
        text[tokens[0].Start..tokens[0].End].Should().StartWith("retrait");
    }
}
