using QuestionsEcrites.Domain.Questions;
using QuestionsEcrites.Search.Indexing;
using QuestionsEcrites.Search.Querying;
using QuestionsEcrites.Testing;

namespace QuestionsEcrites.IntegrationTests.Search;

/// <summary>
/// A whole result set in the list's order (<see cref="QuestionSearcher.MatchingIds"/>, what a download streams):
/// newest first or latest step first over several segments indexed in no particular order, for a selection of most
/// of the index (walked off each segment's sorted order) and of a few questions (sorted), ties by number.
/// </summary>
public sealed class MatchingIdsOrderTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly QuestionIndex _index;
    private readonly QuestionSearcher _searcher;
    private readonly List<QuestionDocument> _documents;

    public MatchingIdsOrderTests()
    {
        _index = EmptyIndex.Open(_folder.Path);
        _searcher = new QuestionSearcher(_index);
        var random = new Random(7);
        _documents = Enumerable.Range(1, 3_000)
            .Select(i => EmptyIndex.Document(i, $"Question {i} sur le logement.") with
            {
                PublishedOn = new DateOnly(2020, 1, 1).AddDays(random.Next(0, 900)), // many share a day: ties by number
                AnsweredOn = i % 3 == 0 ? new DateOnly(2023, 1, 1).AddDays(random.Next(0, 300)) : null,
                Status = i % 3 == 0 ? QuestionStatus.Answered : QuestionStatus.Pending,
                Rubrique = i % 97 == 0 ? "Santé" : "Logement",
                RubriqueSlug = i % 97 == 0 ? "sante" : "logement",
            })
            .OrderBy(_ => random.Next())
            .ToList();
        foreach (var chunk in _documents.Chunk(1_000))
        {
            _index.Upsert(chunk);
            _index.Commit(1);
        }
    }

    [Theory]
    [InlineData(SearchSort.Date)]
    [InlineData(SearchSort.Relevance)] // without text: newest first
    public void WholeIndex_NewestFirst_AcrossSegments(SearchSort sort)
    {
        var ids = _searcher.MatchingIds(new QuestionSearchRequest { Sort = sort });

        ids.Should().Equal(_documents.OrderByDescending(d => d.PublishedOn).ThenByDescending(d => d.Key.Number).Select(d => d.Id));
    }

    [Fact]
    public void WholeIndex_LatestStepFirst_TheFeedsOrder()
    {
        var ids = _searcher.MatchingIds(new QuestionSearchRequest { Sort = SearchSort.LastStep });

        ids.Should().Equal(_documents
            .OrderByDescending(d => d.AnsweredOn ?? d.PublishedOn)
            .ThenByDescending(d => d.Key.Number)
            .Select(d => d.Id));
    }

    [Fact]
    public void FewMatches_NewestFirst()
    {
        var ids = _searcher.MatchingIds(new QuestionSearchRequest { Rubrique = "sante" });

        ids.Should().HaveCount(30).And.Equal(_documents
            .Where(d => d.RubriqueSlug == "sante")
            .OrderByDescending(d => d.PublishedOn)
            .ThenByDescending(d => d.Key.Number)
            .Select(d => d.Id));
    }

    [Fact]
    public void AThirdOfTheIndex_LatestStepFirst()
    {
        var ids = _searcher.MatchingIds(new QuestionSearchRequest { Status = QuestionStatus.Answered, Sort = SearchSort.LastStep });

        ids.Should().HaveCount(1_000).And.Equal(_documents
            .Where(d => d.Status == QuestionStatus.Answered)
            .OrderByDescending(d => d.AnsweredOn)
            .ThenByDescending(d => d.Key.Number)
            .Select(d => d.Id));
    }

    [Fact]
    public void WithText_BestMatchFirst_EveryMatch()
    {
        var ids = _searcher.MatchingIds(new QuestionSearchRequest { Text = "logement" });

        ids.Should().HaveCount(3_000).And.OnlyHaveUniqueItems();
        ids.Should().Equal(_searcher.Search(new QuestionSearchRequest { Text = "logement", PageSize = 100, IncludeFacets = false }).Hits.Select(h => h.Id).Concat(ids.Skip(100)));
    }

    public void Dispose()
    {
        _searcher.Dispose();
        _index.Dispose();
        _folder.Dispose();
    }
}
