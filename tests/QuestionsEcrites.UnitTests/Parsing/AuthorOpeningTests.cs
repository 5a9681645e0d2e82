using QuestionsEcrites.Import.Parsing.Labels;

namespace QuestionsEcrites.UnitTests.Parsing;

public sealed class AuthorOpeningTests
{
    [Theory]
    [InlineData("Mme Olivia Grégoire interroge M. le ministre de l'économie sur…", "Mme", "Olivia Grégoire")]
    [InlineData("M. Charles de Courson attire l'attention de M. le ministre…", "M.", "Charles de Courson")]
    [InlineData("Mme Marie-Pierre Rixain appelle l'attention de M. le ministre.", "Mme", "Marie-Pierre Rixain")]
    [InlineData("M. Nicolas Dupont-Aignan alerte M. le ministre…", "M.", "Nicolas Dupont-Aignan")]
    [InlineData("Mme Anne Le Hénanff interroge Mme la ministre…", "Mme", "Anne Le Hénanff")]
    [InlineData("M. Jean-Félix Acquaviva, député de Haute-Corse, interroge…", "M.", "Jean-Félix Acquaviva")]
    [InlineData("M. Yannick d'Harcourt souhaite…", "M.", "Yannick d'Harcourt")]
    [InlineData("Mme Garin attire l'attention…", "Mme", "Garin")]
    [InlineData("  Madame Sophie Errante rappelle à M. le ministre…", "Mme", "Sophie Errante")]
    public void Read_CivilityAndNameBeforeTheVerb(string text, string civility, string name)
    {
        AuthorOpening.Read(text).Should().Be((civility, name));
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("La situation du secteur médico-social appelle l'attention du Gouvernement.")]
    [InlineData("M. le ministre de la santé est interrogé sur…")]
    [InlineData("Mme")]
    [InlineData("M. Un Deux Trois Quatre Cinq Six Sept Huit interroge")]
    public void Read_NoNameAtTheOpening_Null(string? text)
    {
        AuthorOpening.Read(text).Should().BeNull();
    }
}
