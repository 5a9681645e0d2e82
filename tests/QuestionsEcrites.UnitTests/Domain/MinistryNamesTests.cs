using QuestionsEcrites.Domain.Text;

namespace QuestionsEcrites.UnitTests.Domain;

public sealed class MinistryNamesTests
{
    [Theory]
    [InlineData("Ministère de l'intérieur", "Intérieur")]
    [InlineData("ministère de l’Intérieur", "Intérieur")]
    [InlineData("Intérieur", "Intérieur")]
    [InlineData("Ministère des armées", "Armées")]
    [InlineData("Ministère du travail, de la santé et des solidarités", "Travail, de la santé et des solidarités")]
    [InlineData("Ministre délégué chargé des comptes publics", "Comptes publics")]
    [InlineData("Secrétariat d'État chargé de la mer", "Mer")]
    [InlineData("Santé et accès aux soins", "Santé et accès aux soins")]
    public void Canonical_PublishedVariants_OneName(string label, string canonical)
    {
        MinistryNames.Canonical(label).Should().Be(canonical);
    }

    [Fact]
    public void Slug_CaseAndApostropheVariants_Equal()
    {
        MinistryNames.Slug("Ministère de l'intérieur").Should().Be(MinistryNames.Slug("INTÉRIEUR")).And.Be("interieur");
    }
}
