using QuestionsEcrites.Search.Analysis;

namespace QuestionsEcrites.UnitTests.Search;

/// <summary>Text in, definitions out.</summary>
public sealed class AcronymDefinitionsTests
{
    private static List<string> Find(string text)
    {
        using var exact = FrenchAnalyzers.Exact(CompoundForms.Parts);
        return AcronymDefinitions.Find(text, exact).Select(d => $"{d.Acronym}={d.Expansion}").ToList();
    }

    [Theory]
    [InlineData("L'épizootie de fièvre catarrhale ovine (FCO) touche les élevages.", "fco=fievre catarrhale ovine")]
    [InlineData("les établissements d'hébergement pour personnes âgées dépendantes (EHPAD) manquent", "ehpad=etablissements hebergement pour personnes agees dependantes")]
    [InlineData("les dispositifs d'appui à la coordination (DAC), les centres", "dac=dispositifs appui a la coordination")]
    [InlineData("l'allocation aux adultes handicapés (A.A.H.)", "aah=allocation aux adultes handicapes")]
    [InlineData("le zéro artificialisation nette ( ZAN )", "zan=zero artificialisation nette")]
    public void Find_Definition_AcronymAndFoldedExpansion(string text, string expected)
    {
        Find(text).Should().Equal(expected);
    }

    [Theory]
    [InlineData("la loi sur les données (RGPD)")] // the initials do not spell it
    [InlineData("le ministère (Santé)")] // not capitals
    [InlineData("voir (A)")] // one letter
    [InlineData("sans parenthèse FCO")]
    public void Find_NoDefinition_Nothing(string text)
    {
        Find(text).Should().BeEmpty();
    }

    [Fact]
    public void Find_SeveralInOneText_Each()
    {
        Find("Les agences régionales de santé (ARS) et les projets alimentaires territoriaux (PAT).")
            .Should().Equal("ars=agences regionales de sante", "pat=projets alimentaires territoriaux");
    }
}
