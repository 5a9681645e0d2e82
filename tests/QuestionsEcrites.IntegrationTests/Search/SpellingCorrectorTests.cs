using QuestionsEcrites.Domain.Questions;
using QuestionsEcrites.Search.Analysis;
using QuestionsEcrites.Search.Indexing;
using QuestionsEcrites.Search.Querying;
using QuestionsEcrites.Testing;

namespace QuestionsEcrites.IntegrationTests.Search;

/// <summary>The corrector on an index of its own: the closest frequent spelling, fewest edits first, then most frequent.</summary>
public sealed class SpellingCorrectorTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly QuestionIndex _index;
    private readonly QueryAnalyzers _analyzers = new();

    public SpellingCorrectorTests()
    {
        string[] texts =
        [
            "La revalorisation des salaires et le frelon asiatique.",
            "La revalorisation des pensions et le frelon asiatique.",
            "Le frelon asiatique et les apiculteurs.",
            "Les frelons asiatiques, les apiculteurs et la revalorisation.",
            "Une asiatica rare.",
            "La prime de partage de la valeur.",
            "La valeur de la prime.",
        ];
        _index = EmptyIndex.WithTexts(_folder.Path, texts);
    }

    [Theory]
    [InlineData("frelon asiatque", "frelon asiatique")]
    [InlineData("revalorisatoin", "revalorisation")]
    [InlineData("revalorsation des salaires", "revalorisation des salaires")]
    [InlineData("prime de partage de la valuer", "prime de partage de la valeur")]
    [InlineData("apicultuers \"frelon asiatque\"", "apiculteurs \"frelon asiatque\"")]
    public void Correct_UnknownWord_ClosestFrequentSpelling(string typed, string expected)
    {
        Correct(typed).Should().Be(expected);
    }

    [Theory]
    [InlineData("frelon asiatique")] // every word held
    [InlineData("asiatica")] // held, though rare
    [InlineData("\"frelon asiatque\"")] // quoted
    [InlineData("frel*")] // a prefix
    public void Correct_NothingToCorrect_Null(string typed)
    {
        Correct(typed).Should().BeNull();
    }

    public void Dispose()
    {
        _analyzers.Dispose();
        _index.Dispose();
        _folder.Dispose();
    }

    private string? Correct(string typed) =>
        _index.Search(searcher => SpellingCorrector.Correct(searcher.IndexReader, _analyzers, typed, UserQueryParser.Parse(typed)));
}
