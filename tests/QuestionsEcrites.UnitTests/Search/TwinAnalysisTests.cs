using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using QuestionsEcrites.Search.Analysis;
using QuestionsEcrites.Testing;

namespace QuestionsEcrites.UnitTests.Search;

/// <summary>
/// The text analysed once for both index fields gives, token for token (term, offsets, position), what the two
/// analyzers give when each analyses the text on its own: the index is the same, only cheaper to build.
/// </summary>
public sealed class TwinAnalysisTests
{
    public static TheoryData<string> Texts() => new(
        [
            "",
            "   ",
            "M. Jean Dupont attire l'attention de Mme la ministre sur la « prime Ségur » et l’accès aux soins.",
            "Le retrait-gonflement des argiles, l'E.H.P.A.D. de Saint-Jean-de-Luz, le SEC-Pa et l'article L. 314-6 du code.",
            "L'État, les États-Unis ; 2024-2025 : 12 M€ | 3,5 % — qu'il s'agisse de l'ARS ou de la CNAM (caisse nationale).",
            "- Premier point\n- Second point\n\nAnnée | Montant 2024 | 12 M€",
            new string('a', 300) + " mot " + new string('é', 50) + " fin.",
            "\u00A0Il\u2019a\u2011t\u2011il 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ǅ ß İ ﬁ <b>balise</b> &amp; entité",
        ]);

    [Theory]
    [MemberData(nameof(Texts))]
    public void Twin_SameTokensAsEachAnalyzerAlone(string text) => AssertSame(text);

    [Fact]
    public void Twin_SeedTextsAndAnswers_SameTokens()
    {
        foreach (var question in SeedCorpus.ExpectedQuestions)
        {
            AssertSame(question.Title);
            AssertSame(question.Text);
            if (question.Answer?.Text is { } answer)
            {
                AssertSame(answer);
            }
        }
    }

    [Fact]
    public void Twin_EitherFieldReadFirst_EachStreamReadable()
    {
        const string text = "Les apiculteurs de l'Hérault et le frelon asiatique.";
        var twin = new TwinAnalysis(text);

        Read(twin.ExactStream()).Should().Equal(Alone(FrenchAnalyzers.Exact(), text));
        Read(twin.StemmedStream()).Should().Equal(Alone(FrenchAnalyzers.Stemmed(), text));
        Read(twin.StemmedStream()).Should().Equal(Alone(FrenchAnalyzers.Stemmed(), text), "a stream asked again replays the same tokens");
    }

    private static void AssertSame(string text)
    {
        var twin = new TwinAnalysis(text);
        Read(twin.StemmedStream()).Should().Equal(Alone(FrenchAnalyzers.Stemmed(), text), $"stemmed, « {text} »");
        Read(twin.ExactStream()).Should().Equal(Alone(FrenchAnalyzers.Exact(), text), $"exact, « {text} »");
    }

    private static List<(string Term, int Start, int End, int Increment)> Alone(Analyzer analyzer, string text)
    {
        using (analyzer)
        {
            return Read(analyzer.GetTokenStream("text", text));
        }
    }

    /// <summary>Every token, and the end-of-stream offset and increment as the index writer reads them.</summary>
    private static List<(string Term, int Start, int End, int Increment)> Read(TokenStream stream)
    {
        using (stream)
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            var tokens = new List<(string, int, int, int)>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                tokens.Add((term.ToString(), offset.StartOffset, offset.EndOffset, increment.PositionIncrement));
            }

            stream.End();
            tokens.Add(("<end>", offset.StartOffset, offset.EndOffset, increment.PositionIncrement));
            return tokens;
        }
    }
}
