using QuestionsEcrites.Domain.Duplicates;

namespace QuestionsEcrites.UnitTests.Domain;

/// <summary>The building blocks of « questions identiques »: the comparable text and its MinHash signature.</summary>
public sealed class NearDuplicateTests
{
    private const string Body = "les difficultés budgétaires croissantes rencontrées par plusieurs dispositifs essentiels d'appui et de coordination dans les territoires, qui accompagnent chaque année plus de trois cent mille personnes confrontées à des situations médico-psycho-sociales complexes ; il lui demande si le Gouvernement entend garantir la pérennité de ces dispositifs en inscrivant dans le projet de loi de financement de la sécurité sociale un financement spécifique et à la hauteur des besoins.";

    [Theory]
    [InlineData("M. Mathieu Lefèvre attire l'attention de M. le ministre de la santé sur ")]
    [InlineData("Mme Marie Mesmeur interroge Mme la ministre du travail, de la santé et des solidarités sur ")]
    [InlineData("M. Jean Dupont appelle l'attention de Mme la ministre déléguée chargée de l'autonomie sur ")]
    public void Words_SalutationRemoved_SameWordsWhoeverAsks(string salutation)
    {
        ComparableText.Words(salutation + Body).Should().Equal(ComparableText.Words("M. Paul Martin attire l'attention de M. le Premier ministre sur " + Body));
    }

    [Fact]
    public void Words_AuthorNameAndPronounsDropped_FoldedWords()
    {
        var words = ComparableText.Words("Mme Élise Dubois attire l'attention de M. le ministre sur la situation. Elle lui demande, comme Mme Dubois l'a fait, d'agir.", "Élise Dubois");

        words.Should().Equal("situation", "demande", "comme", "l", "a", "fait", "d", "agir");
    }

    [Fact]
    public void Words_NameParticlesKept_TheyAreWordsOfEveryText()
    {
        ComparableText.Words("M. Jérôme de Le Gall attire l'attention de M. le ministre sur la loi de finances.", "Jérôme de Le Gall")
            .Should().Equal("loi", "de", "finances");
    }

    [Theory]
    [InlineData("M. Jean Dupont attire l'attention de Mme la ministre sur l'Œuvre d'Orient, les Ehpad et l'Élysée ; il lui demande : « 1er ? »", "Jean Dupont")]
    [InlineData(Body, null)]
    public void WordHashes_TheHashesOfTheWords(string text, string? author)
    {
        ComparableText.WordHashes(text, author).Should().Equal(ComparableText.Words(text, author).Select(ComparableText.Hash));
    }

    [Fact]
    public void Signature_CopyWithAnotherSalutation_Identical()
    {
        var a = MinHash.Signature(ComparableText.Words("M. Jean Dupont attire l'attention de Mme la ministre sur " + Body))!;
        var b = MinHash.Signature(ComparableText.Words("Mme Anne Martin interroge M. le ministre de la santé sur " + Body))!;

        MinHash.Similarity(a, b).Should().Be(1.0);
        MinHash.Bands(a).Should().Equal(MinHash.Bands(b));
    }

    [Fact]
    public void Signature_OneSentenceChanged_StillAboveTheThreshold_UnrelatedTextFarBelow()
    {
        var original = MinHash.Signature(ComparableText.Words(Body))!;
        var edited = MinHash.Signature(ComparableText.Words(Body.Replace("plus de trois cent mille personnes", "des milliers de familles", StringComparison.Ordinal)))!;
        var other = MinHash.Signature(ComparableText.Words("la fermeture annoncée de plusieurs bureaux de poste dans les communes rurales du département, qui prive les habitants âgés d'un service public de proximité essentiel ; il lui demande quelles mesures le Gouvernement entend prendre pour maintenir une présence postale dans chaque canton et garantir l'accès de tous aux services bancaires de base."))!;

        MinHash.Similarity(original, edited).Should().BeGreaterThan(0.6).And.BeLessThan(1.0);
        MinHash.Similarity(original, other).Should().BeLessThan(0.1);
    }

    [Fact]
    public void Similarity_EstimatesTheJaccardOfTheShingles()
    {
        // 200 distinct words; the copy keeps the first 100: 96 shared shingles of 196 each, Jaccard 96/296 = 0.32.
        var words = Enumerable.Range(0, 200).Select(i => $"mot{i}").ToList();
        var copy = words.Take(100).Concat(Enumerable.Range(0, 100).Select(i => $"autre{i}")).ToList();

        var estimate = MinHash.Similarity(MinHash.Signature(words)!, MinHash.Signature(copy)!);

        estimate.Should().BeApproximately(96 / 296.0, 0.2, "64 hash functions: a standard error of about 0.06");
    }

    [Fact]
    public void Signature_TooShort_Null()
    {
        MinHash.Signature(ComparableText.Words("Il lui demande ce qu'il compte faire.")).Should().BeNull();
    }

    [Fact]
    public void Signature_Deterministic()
    {
        MinHash.Signature(ComparableText.Words(Body)).Should().Equal(MinHash.Signature(ComparableText.Words(Body)));
    }
}
