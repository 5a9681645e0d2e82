using QuestionsEcrites.Domain.Questions;
using QuestionsEcrites.Search.Indexing;
using QuestionsEcrites.Search.Querying;
using QuestionsEcrites.Testing;

namespace QuestionsEcrites.IntegrationTests.Search;

/// <summary>
/// Pages and facet counts over an index of several segments, compared with the same orders and counts computed
/// in LINQ over the documents: the collectors read per-segment columns, so segment boundaries, deleted
/// (replaced) documents and ties are where they could go wrong.
/// </summary>
public sealed class OrderingAndFacetTests : IDisposable
{
    private static readonly string[] Rubriques = ["Santé", "Agriculture", "Logement"];
    private static readonly string[] Ministries = ["Santé et accès aux soins", "Agriculture et souveraineté alimentaire", "Logement"];
    private static readonly string[] Groups = ["Écologiste et Social", "Horizons & Indépendants"];

    private readonly TempFolder _folder = new();
    private readonly QuestionIndex _index;
    private readonly QuestionSearcher _searcher;
    private readonly List<QuestionDocument> _documents;

    public OrderingAndFacetTests()
    {
        _index = EmptyIndex.Open(_folder.Path);
        _searcher = new QuestionSearcher(_index);
        _documents = Enumerable.Range(1, 60).Select(Document).ToList();

        // Three commits: three segments.
        foreach (var chunk in _documents.Chunk(20))
        {
            _index.Upsert(chunk);
            _index.Commit(1);
        }

        // A newer version of a question of the first segment: the old one is deleted there, the new one elsewhere.
        _documents[3] = _documents[3] with { PublishedOn = new DateOnly(2030, 1, 1), Status = QuestionStatus.Answered };
        _index.Upsert([_documents[3]]);
        _index.Commit(2);
    }

    [Fact]
    public void Browse_EveryPage_NewestFirstThenLegislatureThenNumber()
    {
        var expected = _documents
            .OrderByDescending(d => d.PublishedOn ?? DateOnly.MinValue)
            .ThenByDescending(d => d.Key.Legislature)
            .ThenByDescending(d => d.Key.Number)
            .Select(d => d.Key)
            .ToList();

        var pages = Enumerable.Range(1, 10)
            .Select(page => _searcher.Search(new QuestionSearchRequest { Page = page, PageSize = 7, IncludeFacets = false }))
            .ToList();

        pages.Should().OnlyContain(p => p.Total == 60);
        pages.SelectMany(p => p.Hits).Select(h => h.Key).Should().Equal(expected);
        expected[0].Should().Be(_documents[3].Key, "the replaced question is now the newest");
    }

    [Fact]
    public void Search_SameScore_TiesByLegislatureThenNumber()
    {
        var result = _searcher.Search(new QuestionSearchRequest { Text = "vaccination", PageSize = 100, Sort = SearchSort.Relevance });

        // Question 10's longer text scores lower; all the others score the same.
        result.Hits[^1].Key.Should().Be(_documents[9].Key);
        result.Hits.SkipLast(1).Select(h => h.Key).Should().Equal(_documents
            .Where(d => d.Id != 10)
            .OrderByDescending(d => d.Key.Legislature)
            .ThenByDescending(d => d.Key.Number)
            .Select(d => d.Key));
        result.Hits.Should().OnlyContain(h => h.Score > 0);
    }

    [Fact]
    public void Search_MoreOccurrences_RankedFirst()
    {
        var result = _searcher.Search(new QuestionSearchRequest { Text = "pénurie", Sort = SearchSort.Relevance, IncludeFacets = false });

        result.Total.Should().Be(_documents.Count(d => d.Text.Contains("pénurie", StringComparison.Ordinal)));
        result.Hits[0].Key.Should().Be(_documents[9].Key, "its text says it three times");
    }

    [Fact]
    public void Facets_AcrossSegments_MatchTheDocuments()
    {
        var facets = _searcher.Search(new QuestionSearchRequest()).Facets;

        Counts(facets.Rubrique).Should().BeEquivalentTo(_documents.GroupBy(d => d.Rubrique!).ToDictionary(g => g.Key, g => g.Count()));
        Counts(facets.Groupe).Should().BeEquivalentTo(_documents.Where(d => d.Group is not null).GroupBy(d => d.Group!).ToDictionary(g => g.Key, g => g.Count()));
        Counts(facets.Statut).Should().BeEquivalentTo(_documents.GroupBy(d => d.Status.ToCode()).ToDictionary(g => g.Key, g => g.Count()));
        Counts(facets.Annee).Should().BeEquivalentTo(_documents.Where(d => d.PublishedOn is not null)
            .GroupBy(d => d.PublishedOn!.Value.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToDictionary(g => g.Key, g => g.Count()));
        Counts(facets.Ministere).Should().BeEquivalentTo(_documents
            .SelectMany(d => new[] { d.MinistryAsked, d.MinistryAssigned }.OfType<string>().Distinct())
            .GroupBy(m => m).ToDictionary(g => g.Key, g => g.Count()));
        Counts(facets.Analyse).Should().BeEquivalentTo(_documents
            .SelectMany(d => Indexation.SplitAnalyses(d.Analyses))
            .GroupBy(a => a).ToDictionary(g => g.Key, g => g.Count()));
    }

    [Theory]
    [InlineData("transports-sanitaires")]
    [InlineData("Transports sanitaires")]
    [InlineData("DÉSERTS MÉDICAUX")]
    [InlineData("deserts-medicaux")]
    public void Filter_Analyse_ByNameOrSlug_MatchesEachQuestionThatHasIt(string analyse)
    {
        var wanted = QuestionsEcrites.Domain.Text.Slugs.From(analyse);
        var expected = _documents.Where(d => Indexation.SplitAnalyses(d.Analyses).Any(a => QuestionsEcrites.Domain.Text.Slugs.From(a) == wanted)).ToList();

        var result = _searcher.Search(new QuestionSearchRequest { Analyse = analyse, PageSize = 100 });

        expected.Should().NotBeEmpty();
        result.Hits.Select(h => h.Key).Should().BeEquivalentTo(expected.Select(d => d.Key));
    }

    [Fact]
    public void Search_WordsOfTheIndexation_FindTheQuestion()
    {
        var result = _searcher.Search(new QuestionSearchRequest { Text = "officines", IncludeFacets = false, PageSize = 100 });

        result.Hits.Select(h => h.Key).Should().BeEquivalentTo(_documents.Where(d => d.TeteAnalyse is not null).Select(d => d.Key), "the tête d'analyse is searchable");
    }

    [Fact]
    public void Facets_WithFilter_CountOnlyTheMatches()
    {
        var result = _searcher.Search(new QuestionSearchRequest { Rubrique = "agriculture", Status = QuestionStatus.Answered });
        var matching = _documents.Where(d => d.Rubrique == "Agriculture" && d.Status == QuestionStatus.Answered).ToList();

        result.Total.Should().Be(matching.Count);
        Counts(result.Facets.Rubrique).Should().BeEquivalentTo(new Dictionary<string, int> { ["Agriculture"] = matching.Count });
        Counts(result.Facets.Ministere).Values.Sum().Should().Be(matching.Sum(d => d.MinistryAsked == d.MinistryAssigned ? 1 : 2));
    }

    [Fact]
    public void BrowseFacets_AfterACommit_CountTheNewQuestion()
    {
        var before = _searcher.Search(new QuestionSearchRequest());
        _index.Upsert([Document(61) with { Rubrique = "Culture", RubriqueSlug = "culture" }]);
        _index.Commit(3);

        var after = _searcher.Search(new QuestionSearchRequest());

        before.Facets.Rubrique.Should().NotContain(c => c.Value == "Culture");
        after.Total.Should().Be(61);
        after.Facets.Rubrique.Should().ContainEquivalentOf(new FacetCount("Culture", 1));
        after.Facets.Should().BeEquivalentTo(_searcher.Search(new QuestionSearchRequest { ReuseBrowseFacets = false }).Facets);
    }

    [Fact]
    public void BrowseFacets_Reused_SameAsCountedAfresh()
    {
        var request = new QuestionSearchRequest { Rubrique = "sante" };

        var first = _searcher.Search(request);
        var second = _searcher.Search(request with { Page = 2 });

        second.Facets.Should().BeSameAs(first.Facets, "the counts of the same filters on the same index are reused");
        second.Facets.Should().BeEquivalentTo(_searcher.Search(request with { ReuseBrowseFacets = false }).Facets);
        _searcher.Search(new QuestionSearchRequest { Rubrique = "logement" }).Facets.Should().NotBeSameAs(first.Facets);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(37)]
    [InlineData(149)]
    [InlineData(150)]
    public void Browse_ManyDocumentsIndexedOldestFirst_DeepPageInOrder(int page)
    {
        using var folder = new TempFolder();
        using var index = EmptyIndex.Open(folder.Path);
        using var searcher = new QuestionSearcher(index);
        // Indexed in publication order, as imports usually run: every document beats the ones before it.
        var documents = Enumerable.Range(1, 3_000)
            .Select(i => Document(i) with { Key = new QuestionKey(QuestionType.QE, 16, i), PublishedOn = new DateOnly(2020, 1, 1).AddDays(i / 3) })
            .ToList();
        foreach (var chunk in documents.Chunk(1_000))
        {
            index.Upsert(chunk);
            index.Commit(1);
        }

        var result = searcher.Search(new QuestionSearchRequest { Page = page, PageSize = 20, IncludeFacets = false });

        result.Total.Should().Be(3_000);
        result.Hits.Select(h => h.Key).Should().Equal(documents
            .OrderByDescending(d => d.PublishedOn)
            .ThenByDescending(d => d.Key.Number)
            .Skip((page - 1) * 20)
            .Take(20)
            .Select(d => d.Key));
    }

    [Fact]
    public void Search_OnlyWrittenQuestionsIndexed_OtherTypeFindsNothing()
    {
        _searcher.Search(new QuestionSearchRequest { Type = QuestionType.QG }).Total.Should().Be(0);
        _searcher.Search(new QuestionSearchRequest { Type = QuestionType.QG, Text = "vaccination" }).Total.Should().Be(0);
        _searcher.Search(new QuestionSearchRequest { Text = "vaccination" }).Total.Should().Be(60);
    }

    [Fact]
    public void Browse_PageBeyondTheEnd_EmptyWithTheTotal()
    {
        var result = _searcher.Search(new QuestionSearchRequest { Page = 40, PageSize = 20 });

        result.Total.Should().Be(60);
        result.Hits.Should().BeEmpty();
    }

    [Fact]
    public void Filter_KeptAsBitsets_FollowsACommitThatMovesQuestionsInAndOut()
    {
        var request = new QuestionSearchRequest { Rubrique = "sante", Status = QuestionStatus.Answered, ReuseBrowseFacets = false };
        var before = _searcher.Search(request).Total;
        var leaving = _documents.First(d => d.Rubrique == "Santé" && d.Status == QuestionStatus.Answered);
        var coming = _documents.First(d => d.Rubrique == "Logement" && d.Status == QuestionStatus.Answered);

        // One question leaves the filter (its old version is deleted in a segment whose bits are cached), two come in.
        _index.Upsert([
            leaving with { Rubrique = "Culture", RubriqueSlug = "culture" },
            coming with { Rubrique = "Santé", RubriqueSlug = "sante" },
            Document(62) with { Rubrique = "Santé", RubriqueSlug = "sante", Status = QuestionStatus.Answered },
        ]);
        _index.Commit(3);
        var after = _searcher.Search(request);
        var withText = _searcher.Search(request with { Text = "vaccination" });

        after.Total.Should().Be(before + 1);
        after.Facets.Rubrique.Should().BeEquivalentTo([new FacetCount("Santé", before + 1)]);
        withText.Total.Should().Be(before + 1, "every document says « vaccination »");
        after.Hits.Select(h => h.Id).Should().NotContain(leaving.Id).And.Contain([coming.Id, 62]);
    }

    public void Dispose()
    {
        _searcher.Dispose();
        _index.Dispose();
        _folder.Dispose();
    }

    private static Dictionary<string, int> Counts(IReadOnlyList<FacetCount> counts) => counts.ToDictionary(c => c.Value, c => c.Count);

    /// <summary>Dates repeat every 7 documents, so ties on the date are broken by legislature and number.</summary>
    private static QuestionDocument Document(int i)
    {
        var rubrique = Rubriques[i % 3];
        var asked = Ministries[i % 3];
        var assigned = i % 4 == 0 ? Ministries[(i + 1) % 3] : asked;
        return new QuestionDocument
        {
            Id = i,
            Key = new QuestionKey(QuestionType.QE, 15 + (i % 3), 1000 + ((i * 37) % 61)),
            Title = "Question",
            Text = i == 10 ? "La pénurie, la pénurie et encore la pénurie de vaccination." : i % 5 == 0 ? "La pénurie de vaccination." : "La campagne de vaccination.",
            Rubrique = rubrique,
            RubriqueSlug = QuestionsEcrites.Domain.Text.Slugs.From(rubrique),
            MinistryAsked = asked,
            MinistryAskedSlug = QuestionsEcrites.Domain.Text.Slugs.From(asked),
            MinistryAssigned = assigned,
            MinistryAssignedSlug = QuestionsEcrites.Domain.Text.Slugs.From(assigned),
            Group = i % 6 == 0 ? null : Groups[i % 2],
            GroupSlug = i % 6 == 0 ? null : QuestionsEcrites.Domain.Text.Slugs.From(Groups[i % 2]),
            PublishedOn = i % 11 == 0 ? null : new DateOnly(2020 + (i % 4), 1 + (i % 7), 1),
            Status = i % 2 == 0 ? QuestionStatus.Answered : QuestionStatus.Pending,
            TeteAnalyse = i % 9 == 0 ? "Approvisionnement des officines" : null,
            Analyses = (i % 4) switch
            {
                0 => "Transports sanitaires",
                1 => "Transports sanitaires ; Déserts médicaux",
                2 => "Déserts médicaux ; Personnels soignants ; Transports sanitaires",
                _ => null,
            },
        };
    }
}
