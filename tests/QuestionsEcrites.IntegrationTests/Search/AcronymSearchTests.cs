using QuestionsEcrites.Domain.Questions;
using QuestionsEcrites.Search.Indexing;
using QuestionsEcrites.Search.Querying;
using QuestionsEcrites.Testing;

namespace QuestionsEcrites.IntegrationTests.Search;

/// <summary>
/// Acronyms and their expansions find each other when the corpus itself defines the pair; an exact phrase does not
/// expand, and an acronym no text defines is searched as typed.
/// </summary>
public sealed class AcronymSearchTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly QuestionIndex _index;
    private readonly QuestionSearcher _searcher;

    public AcronymSearchTests()
    {
        string[] texts =
        [
            /* 1 */ "L'épizootie de fièvre catarrhale ovine (FCO) touche les élevages du Nord.",
            /* 2 */ "Les éleveurs attendent les vaccins contre la FCO.",
            /* 3 */ "La fièvre catarrhale ovine progresse dans le Sud.",
            /* 4 */ "Une fièvre passagère chez les bovins.",
            /* 5 */ "Le programme PNR sans définition.",
        ];
        _index = EmptyIndex.WithTexts(_folder.Path, texts);
        _searcher = new QuestionSearcher(_index);
    }

    [Fact]
    public void Acronym_FindsTheTextsThatOnlyWriteTheExpansion()
    {
        Found("FCO").Should().BeEquivalentTo([1, 2, 3]);
    }

    [Fact]
    public void Expansion_FindsTheTextsThatOnlyWriteTheAcronym()
    {
        Found("fièvre catarrhale ovine").Should().BeEquivalentTo([1, 2, 3]);
        Found("fievre catarrhale ovine vaccins").Should().BeEquivalentTo([2], "the other words stay required");
    }

    [Fact]
    public void ExactPhrase_DoesNotExpand()
    {
        Found("\"FCO\"").Should().BeEquivalentTo([1, 2]);
        Found("\"fièvre catarrhale ovine\"").Should().BeEquivalentTo([1, 3]);
    }

    [Fact]
    public void LowerCaseWord_OrUndefinedAcronym_AsTyped()
    {
        Found("fco").Should().BeEquivalentTo([1, 2], "typed in lower case it is a word, not the acronym");
        Found("PNR").Should().Equal(5);
    }

    [Fact]
    public void Acronyms_ListedWithTheirQuestionCount()
    {
        _searcher.Acronyms().Should().Equal(("fco", "fievre catarrhale ovine", 1));
    }

    [Fact]
    public void Highlight_MarksTheExpansionToo()
    {
        var terms = _searcher.Highlight("FCO");

        terms.Stemmed.Should().Contain(["fco", "fievr", "ovin"]);
    }

    public void Dispose()
    {
        _searcher.Dispose();
        _index.Dispose();
        _folder.Dispose();
    }

    private List<int> Found(string query) =>
        _searcher.Search(new QuestionSearchRequest { Text = query, IncludeFacets = false, PageSize = 100 }).Hits.Select(h => h.Key.Number).ToList();
}
