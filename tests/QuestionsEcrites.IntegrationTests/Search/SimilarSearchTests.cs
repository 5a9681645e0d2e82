using QuestionsEcrites.Domain.Questions;
using QuestionsEcrites.Search.Indexing;
using QuestionsEcrites.Search.Querying;
using QuestionsEcrites.Testing;

namespace QuestionsEcrites.IntegrationTests.Search;

/// <summary>
/// « Questions proches » (<see cref="QuestionSearcher.Similar"/>): the questions that share most of a question's
/// telling words first, itself left out; a question sharing one or two words of many is not « proche », nor is one
/// that shares only words found in a large share of the corpus.
/// </summary>
public sealed class SimilarSearchTests : IDisposable
{
    private const string Bees = "La prolifération du frelon asiatique décime les ruchers : les apiculteurs demandent un plan national de piégeage, une indemnisation des pertes de colonies et la reconnaissance du frelon comme danger sanitaire.";

    /// <summary>A long question: 25 telling words, each also in one other question below.</summary>
    private const string Coast = "Brindille chaloupe cormoran dentelle écluse falaise goéland hameau îlot jonque kayak lagune marais noroît osier palourde quai rivage sardine tamaris varech wharf yole zostère balise.";

    private readonly TempFolder _folder = new();
    private readonly QuestionIndex _index;

    public SimilarSearchTests()
    {
        _index = EmptyIndex.Open(_folder.Path);
        var documents = new List<QuestionDocument>
        {
            EmptyIndex.Document(1, Bees),
            // Most of the telling words, in other sentences.
            EmptyIndex.Document(2, "Les apiculteurs subissent la prolifération du frelon asiatique : pertes de colonies, ruchers détruits ; ils attendent un plan de piégeage et une indemnisation."),
            // Some of them.
            EmptyIndex.Document(3, "Le frelon asiatique menace les ruchers du département et les apiculteurs s'inquiètent."),
            // One word only (« national »), among a text on something else.
            EmptyIndex.Document(4, "Le programme national de rénovation des écoles soutient les communes rurales."),
            EmptyIndex.Document(10, Coast),
            EmptyIndex.Document(11, "Goéland hameau îlot jonque kayak lagune marais noroît osier palourde quai rivage sardine tamaris varech wharf yole zostère balise."),
            // Four of the 25 words: a sixth of them, in a text on something else.
            EmptyIndex.Document(12, "Le cormoran, la dentelle, l'écluse et la falaise figurent au programme des classes de découverte."),
            // Two of them.
            EmptyIndex.Document(13, "La brindille et la chaloupe sont au musée de la marine."),
        };
        // A corpus large enough for the frequency cut-off: every filler question says « département » and « communes ».
        for (var n = 100; n < 1_300; n++)
        {
            documents.Add(EmptyIndex.Document(n, $"Les communes du département {n} demandent la réfection de la route numéro {n}."));
        }

        _index.Upsert(documents);
        _index.Commit(1);
    }

    [Fact]
    public void Similar_MostSharedWordsFirst_ItselfAndOneWordMatchesLeftOut()
    {
        var numbers = Similar(1, Bees);

        numbers.Should().StartWith([2, 3]);
        numbers.Should().NotContain(1, "a question is not its own neighbour");
        numbers.Should().NotContain(4, "one shared word out of many says nothing of a subject");
    }

    [Fact]
    public void Similar_FourOfALongQuestionsTwentyFiveWords_Proche_TwoAreNot()
    {
        // More_like_this's 30 % (7 of 25) left most questions of a large generated corpus with no neighbour at all.
        var numbers = Similar(10, Coast);

        numbers.Should().StartWith([11, 12]);
        numbers.Should().NotContain(13, "two telling words out of 25 say little of a subject");
    }

    [Fact]
    public void Similar_OnlyWordsOfAFifthOfTheCorpus_NothingProche()
    {
        Similar(2_000, "Les communes du département demandent la réfection des routes.").Should().BeEmpty(
            "each of these words is in nearly every question of this corpus");
    }

    [Fact]
    public void Similar_NoWordTheIndexHoldsTwice_EmptyNotAnError()
    {
        Similar(2_000, "Xylophage zzzquux.").Should().BeEmpty();
        Similar(2_000, string.Empty).Should().BeEmpty();
    }

    public void Dispose()
    {
        _index.Dispose();
        _folder.Dispose();
    }

    private List<int> Similar(int number, string text)
    {
        using var searcher = new QuestionSearcher(_index);
        return searcher.Similar(new QuestionKey(QuestionType.QE, 17, number), "Question", text, 10).Select(h => h.Key.Number).ToList();
    }
}
