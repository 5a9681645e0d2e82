using QuestionsEcrites.Search.Highlighting;
using QuestionsEcrites.Search.Querying;

namespace QuestionsEcrites.UnitTests.Search;

public sealed class SnippetBuilderTests
{
    private static HighlightTerms Terms(string query)
    {
        using var analyzers = new QuestionsEcrites.Search.Analysis.QueryAnalyzers();
        return new TextQueryBuilder(analyzers).Build(UserQueryParser.Parse(query)).Highlight;
    }

    [Fact]
    public void Build_StemmedAndFoldedMatches_AreMarked()
    {
        using var builder = new SnippetBuilder();

        var snippet = builder.Build(Terms("segur etablissement"), ["Les établissements appliquent la prime Ségur."]);

        snippet.Should().Be("Les <mark>établissements</mark> appliquent la prime <mark>Ségur</mark>.");
    }

    [Fact]
    public void MarkAll_WordPhraseAndPrefixTogether_EachMarkedOnce()
    {
        // Stemmed and exact terms in one query: both passes over one analysis of the text (TwinAnalysis).
        using var builder = new SnippetBuilder();

        var marked = builder.MarkAll(
            Terms("ségur \"maisons de santé\" infirm*"),
            "Les infirmières des maisons de santé touchent la prime Ségur ; l'infirmier aussi, mais pas la maison.");

        marked.Should().Be(
            "Les <mark>infirmières</mark> des <mark>maisons</mark> <mark>de</mark> <mark>santé</mark> touchent la prime <mark>Ségur</mark> ; "
            + "<mark>l&#39;infirmier</mark> aussi, mais pas la maison.", "an elided word's offsets cover its article");
    }

    [Fact]
    public void Build_HtmlInText_IsEncodedExceptMarks()
    {
        using var builder = new SnippetBuilder();

        var snippet = builder.Build(Terms("prime"), ["<script>alert('x')</script> & la prime"]);

        snippet.Should().Be("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; la <mark>prime</mark>");
    }

    [Fact]
    public void Build_LongText_WindowAroundTheBestPassageWithEllipses()
    {
        using var builder = new SnippetBuilder();
        var filler = string.Join(' ', Enumerable.Repeat("Texte sans rapport avec la recherche.", 30));
        var text = $"{filler} La prime Ségur est due aux salariés du secteur. {filler}";

        var snippet = builder.Build(Terms("prime Ségur"), [text])!;

        snippet.Should().StartWith("… ").And.EndWith(" …");
        snippet.Should().Contain("La <mark>prime</mark> <mark>Ségur</mark> est due");
        snippet.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal).Length.Should().BeLessThan(SnippetBuilder.DefaultLength + 10);
    }

    [Fact]
    public void Build_MatchOnlyInTheAnswer_TakesTheAnswer()
    {
        using var builder = new SnippetBuilder();

        var snippet = builder.Build(Terms("Laforcade"), ["La question.", "La mission dite Laforcade."]);

        snippet.Should().Be("La mission dite <mark>Laforcade</mark>.");
    }

    [Fact]
    public void Build_PrefixAndPhrase_MarkedWithoutStemming()
    {
        using var builder = new SnippetBuilder();

        var snippet = builder.Build(Terms("\"prime Ségur\" dispos*"), ["Les primes Ségur, la prime Ségur et les dispositifs."]);

        snippet.Should().Be("Les primes <mark>Ségur</mark>, la <mark>prime</mark> <mark>Ségur</mark> et les <mark>dispositifs</mark>.");
    }

    [Fact]
    public void Build_NoMatch_Null()
    {
        using var builder = new SnippetBuilder();

        builder.Build(Terms("Laforcade"), ["Rien ici."]).Should().BeNull();
    }
}
