using QuestionsEcrites.Domain.Questions;
using QuestionsEcrites.Search.Indexing;
using QuestionsEcrites.Search.Querying;
using QuestionsEcrites.Testing;

namespace QuestionsEcrites.IntegrationTests.Search;

/// <summary>Every written form of a compound, an acronym or a legal reference finds the others, as words and as phrases.</summary>
public sealed class CompoundSearchTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly QuestionIndex _index;
    private readonly QuestionSearcher _searcher;

    public CompoundSearchTests()
    {
        string[] texts =
        [
            /* 1 */ "Le dispositif SEC-Pa pour les structures.",
            /* 2 */ "Le dispositif SECPa pour les structures.",
            /* 3 */ "Le dispositif SecPa pour les structures.",
            /* 4 */ "Le dispositif SEC Pa pour les structures.",
            /* 5 */ "Le retrait-gonflement des argiles fissure les maisons.",
            /* 6 */ "Le retrait gonflement des argiles fissure les maisons.",
            /* 7 */ "Les places en E.H.P.A.D. manquent.",
            /* 8 */ "Les places en EHPAD manquent.",
            /* 9 */ "L'article L. 314-6 du code de l'action sociale.",
            /* 10 */ "L'article L.314-6 du code de l'action sociale.",
            /* 11 */ "L'article L314-6 du code de l'action sociale.",
            /* 12 */ "Le recours à l'article 49.3 de la Constitution.",
            /* 13 */ "Le recours au 49-3 de la Constitution.",
            /* 14 */ "Le décret n° 2002-65 du 14 janvier 2002.",
            /* 15 */ "Un texte sans rapport : 2002 personnes, 65 communes, la section L, le 314e jour, 6 articles.",
        ];
        _index = EmptyIndex.WithTexts(_folder.Path, texts);
        _searcher = new QuestionSearcher(_index);
    }

    [Theory]
    [InlineData("SEC-Pa")]
    [InlineData("SECPa")]
    [InlineData("SecPa")]
    [InlineData("\"SEC-Pa\"")]
    public void Acronym_EveryWrittenForm_FindsTheFour(string query)
    {
        Found(query).Should().BeEquivalentTo([1, 2, 3, 4]);
    }

    [Fact]
    public void Acronym_LowerCase_FindsTheJoinedForms()
    {
        // Without capitals nothing tells where « secpa » splits: the written forms in one word, not « SEC Pa ».
        Found("secpa").Should().BeEquivalentTo([1, 2, 3]);
    }

    [Fact]
    public void Acronym_TwoWords_FindsTheFour()
    {
        Found("SEC Pa").Should().BeEquivalentTo([1, 2, 3, 4]);
    }

    [Theory]
    [InlineData("retrait-gonflement")]
    [InlineData("retrait gonflement")]
    [InlineData("\"retrait-gonflement des argiles\"")]
    [InlineData("\"retrait gonflement des argiles\"")]
    public void Compound_HyphenatedOrNot_FindsBoth(string query)
    {
        Found(query).Should().BeEquivalentTo([5, 6]);
    }

    [Theory]
    [InlineData("EHPAD")]
    [InlineData("E.H.P.A.D.")]
    [InlineData("ehpad")]
    public void DottedAcronym_FindsBoth(string query)
    {
        Found(query).Should().BeEquivalentTo([7, 8]);
    }

    [Theory]
    [InlineData("L. 314-6")]
    [InlineData("L.314-6")]
    [InlineData("L314-6")]
    [InlineData("\"L. 314-6\"")]
    public void LegalReference_EveryWrittenForm_FindsTheThree(string query)
    {
        Found(query).Should().Contain([9, 10, 11]).And.NotContain(15, "its parts are scattered, not a reference");
    }

    [Theory]
    [InlineData("49.3")]
    [InlineData("49-3")]
    public void ArticleNumber_DotOrHyphen_FindsBoth(string query)
    {
        Found(query).Should().BeEquivalentTo([12, 13]);
    }

    [Fact]
    public void DecreeNumber_FoundNotItsScatteredParts()
    {
        Found("2002-65").Should().Equal(14);
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
