using QuestionsEcrites.Domain.Questions;
using QuestionsEcrites.Search.Querying;
using QuestionsEcrites.Testing;

namespace QuestionsEcrites.IntegrationTests.Search;

/// <summary>Searches over the five seeds, imported and indexed by the real importer.</summary>
public sealed class SeedSearchTests : IAsyncLifetime
{
    private TestStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = await TestStore.CreateAsync();
        await _store.ImportAsync("seeds");
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    private List<int> Numbers(QuestionSearchRequest request) =>
        _store.Searcher.Search(request).Hits.Select(h => h.Key.Number).ToList();

    [Theory]
    [InlineData("Ségur")]
    [InlineData("segur")]
    [InlineData("SÉGUR")]
    public void Search_Segur_FindsExactlyTheFourQuestionsThatMentionIt(string text)
    {
        Numbers(new QuestionSearchRequest { Text = text }).Should().BeEquivalentTo([6294, 3949, 13027, 1223]);
    }

    [Theory]
    [InlineData("SECPa")]
    [InlineData("secpa")]
    public void Search_Secpa_FindsBothSpellings(string text)
    {
        Numbers(new QuestionSearchRequest { Text = text }).Should().BeEquivalentTo([13027, 3785]);
    }

    [Fact]
    public void Search_ExactPhrase_MatchesOnlyTheSingular()
    {
        var numbers = Numbers(new QuestionSearchRequest { Text = "\"prime Ségur\"" });

        numbers.Should().Contain(6294).And.NotContain(3949);
    }

    [Fact]
    public void Search_Etablissement_FindsEstablishmentsPlural()
    {
        Numbers(new QuestionSearchRequest { Text = "etablissement" }).Should().Contain([6294, 3949]);
    }

    [Fact]
    public void Search_ElidedWord_FindsTheBareWord()
    {
        Numbers(new QuestionSearchRequest { Text = "l'accès" }).Should().BeEquivalentTo(Numbers(new QuestionSearchRequest { Text = "accès" })).And.NotBeEmpty();
    }

    [Fact]
    public void Search_Exclusion_RemovesMatches()
    {
        Numbers(new QuestionSearchRequest { Text = "Ségur -Laforcade" }).Should().BeEquivalentTo([6294, 13027]);
    }

    [Fact]
    public void Search_Or_UnitesBothSides()
    {
        Numbers(new QuestionSearchRequest { Text = "Laforcade OR SECPa" }).Should().BeEquivalentTo([3949, 1223, 13027, 3785]);
    }

    [Fact]
    public void Search_Prefix_MatchesLongerWords()
    {
        Numbers(new QuestionSearchRequest { Text = "Lafor*" }).Should().BeEquivalentTo([3949, 1223]);
    }

    [Fact]
    public void Search_TitleWord_RanksTheTitleMatchFirst()
    {
        // « SecPa » is in 13027's title and 3785's title spells it SECPa: both titles match, whichever written form.
        Numbers(new QuestionSearchRequest { Text = "SecPa" }).Take(2).Should().BeEquivalentTo([13027, 3785]);
        Numbers(new QuestionSearchRequest { Text = "SECPa" }).Take(2).Should().BeEquivalentTo([13027, 3785]);
    }

    [Fact]
    public void Search_StatusAnswered_OnlyTheAnsweredQuestion()
    {
        Numbers(new QuestionSearchRequest { Status = QuestionStatus.Answered }).Should().Equal(1223);
    }

    [Theory]
    [InlineData("sante")]
    [InlineData("Santé")]
    [InlineData("SANTE")]
    public void Browse_RubriqueBySlugOrName_SameQuestions(string rubrique)
    {
        Numbers(new QuestionSearchRequest { Rubrique = rubrique }).Should().BeEquivalentTo([13027, 3785]);
    }

    [Fact]
    public void Browse_MinistryAskedOrAssigned_BothCount()
    {
        Numbers(new QuestionSearchRequest { Ministry = "Travail, santé, solidarités et familles" }).Should().BeEquivalentTo([3949, 3785]);
    }

    [Fact]
    public void Browse_AuthorGroupDepartmentAndDates_Filter()
    {
        Numbers(new QuestionSearchRequest { Author = "Marie Mesmeur" }).Should().Equal(3785);
        Numbers(new QuestionSearchRequest { Group = "la-france-insoumise-nouveau-front-populaire" }).Should().Equal(3785);
        Numbers(new QuestionSearchRequest { Department = "drome" }).Should().Equal(13027);
        Numbers(new QuestionSearchRequest { From = new DateOnly(2025, 2, 1), To = new DateOnly(2025, 2, 28) }).Should().BeEquivalentTo([3785, 3949]);
        Numbers(new QuestionSearchRequest { Legislature = 16 }).Should().BeEmpty();
    }

    [Fact]
    public void Browse_NoText_NewestFirst()
    {
        Numbers(new QuestionSearchRequest()).Should().Equal(13027, 6294, 3949, 3785, 1223);
    }

    [Fact]
    public void Search_SortByDate_NewestFirst()
    {
        Numbers(new QuestionSearchRequest { Text = "Ségur", Sort = SearchSort.Date }).Should().Equal(13027, 6294, 3949, 1223);
    }

    [Fact]
    public void Search_Facets_CountsAgreeWithTheFilteredLists()
    {
        var result = _store.Searcher.Search(new QuestionSearchRequest { Text = "Ségur" });

        result.Total.Should().Be(4);
        foreach (var facet in result.Facets.Rubrique)
        {
            _store.Searcher.Search(new QuestionSearchRequest { Text = "Ségur", Rubrique = facet.Value }).Total.Should().Be(facet.Count);
        }

        foreach (var facet in result.Facets.Ministere)
        {
            _store.Searcher.Search(new QuestionSearchRequest { Text = "Ségur", Ministry = facet.Value }).Total.Should().Be(facet.Count);
        }

        result.Facets.Rubrique.Should().BeEquivalentTo([new FacetCount("Institutions sociales et médico sociales", 3), new FacetCount("Santé", 1)]);
        result.Facets.Statut.Should().BeEquivalentTo([new FacetCount("pending", 3), new FacetCount("answered", 1)]);
        result.Facets.Annee.Should().Equal(new FacetCount("2026", 1), new FacetCount("2025", 2), new FacetCount("2024", 1));
        result.Facets.Groupe.Sum(f => f.Count).Should().Be(4);
    }

    [Fact]
    public void Search_Paging_PagesDoNotOverlapAndTotalStays()
    {
        var first = _store.Searcher.Search(new QuestionSearchRequest { PageSize = 2, Page = 1 });
        var second = _store.Searcher.Search(new QuestionSearchRequest { PageSize = 2, Page = 2 });
        var beyond = _store.Searcher.Search(new QuestionSearchRequest { PageSize = 2, Page = 50 });

        first.Total.Should().Be(5);
        second.Total.Should().Be(5);
        first.Hits.Select(h => h.Key).Should().NotIntersectWith(second.Hits.Select(h => h.Key));
        beyond.Hits.Should().BeEmpty();
    }

    [Theory]
    [InlineData("\"unbalanced")]
    [InlineData("((santé")]
    [InlineData("*")]
    [InlineData("AND")]
    [InlineData("le la les")]
    [InlineData("-Ségur")]
    [InlineData("a*")]
    public void Search_HostileInput_ReturnsResultsOrNothingNeverThrows(string text)
    {
        var act = () => _store.Searcher.Search(new QuestionSearchRequest { Text = text });

        act.Should().NotThrow();
    }

    [Fact]
    public void Search_OnlyExclusion_EverythingElse()
    {
        Numbers(new QuestionSearchRequest { Text = "-Ségur" }).Should().Equal(3785);
    }
}
