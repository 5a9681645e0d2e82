using QuestionsEcrites.Domain.Questions;
using QuestionsEcrites.Search.Indexing;
using QuestionsEcrites.Search.Querying;
using QuestionsEcrites.Testing;

namespace QuestionsEcrites.IntegrationTests.Search;

/// <summary>
/// The proximity boost: a text where the query's words stand together outranks one that holds them more often but
/// scattered, which is the order BM25 alone gives (checked with the boost off, so the test proves the boost).
/// </summary>
public sealed class ProximityRankingTests : IDisposable
{
    private const string Filler = "Les apiculteurs du département constatent des pertes importantes et les communes demandent un soutien.";

    private static readonly RankingOptions WithoutProximity = RankingOptions.Default with { PhraseBoost = 0, PairBoost = 0 };

    private readonly TempFolder _folder = new();
    private readonly QuestionIndex _index;

    public ProximityRankingTests()
    {
        _index = EmptyIndex.Open(_folder.Path);
        _index.Upsert(
        [
            // Each word twice, never side by side.
            EmptyIndex.Document(1, $"Le frelon progresse. {Filler} La coopération asiatique est évoquée. {Filler} Un frelon a été vu ; la filière asiatique aussi."),
            // Once each, together, in the middle of a longer text.
            EmptyIndex.Document(2, $"{Filler} La prolifération du frelon asiatique inquiète. {Filler}"),
            // Three words in order, within a few words of each other.
            EmptyIndex.Document(3, $"{Filler} Le plan de lutte pour les ruches contre le frelon asiatique. {Filler}"),
            EmptyIndex.Document(4, $"Le plan départemental. {Filler} La lutte des communes. {Filler} Les ruches du frelon. {Filler} Les ruches, le plan, la lutte."),
        ]);
        _index.Commit(1);
    }

    [Fact]
    public void TwoWords_TogetherOutrankScatteredAndMoreFrequent()
    {
        Ranks("frelon asiatique", WithoutProximity).Should().StartWith([1], "BM25 alone prefers more occurrences");

        Ranks("frelon asiatique", RankingOptions.Default).Should().StartWith([2]);
    }

    [Fact]
    public void PairsOfLongerQuery_WordsWithinTheSlopRankFirst()
    {
        Ranks("plan lutte ruches", WithoutProximity).Should().StartWith([4]);

        Ranks("plan lutte ruches", RankingOptions.Default).Should().StartWith([3]);
    }

    [Fact]
    public void Proximity_SelectsNothing_SameMatchesWithAndWithoutIt()
    {
        Ranks("frelon asiatique", RankingOptions.Default).Should().BeEquivalentTo(Ranks("frelon asiatique", WithoutProximity));
        Ranks("frelon", RankingOptions.Default).Should().Equal(Ranks("frelon", WithoutProximity), "one word: no proximity clause");
    }

    public void Dispose()
    {
        _index.Dispose();
        _folder.Dispose();
    }

    private List<int> Ranks(string text, RankingOptions ranking)
    {
        using var searcher = new QuestionSearcher(_index, ranking);
        return searcher.Search(new QuestionSearchRequest { Text = text, IncludeFacets = false }).Hits.Select(h => h.Key.Number).ToList();
    }

}
