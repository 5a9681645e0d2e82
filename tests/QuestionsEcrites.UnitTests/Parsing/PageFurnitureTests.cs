using System.Text.RegularExpressions;
using QuestionsEcrites.Import.Parsing;
using QuestionsEcrites.Import.Parsing.Html;
using QuestionsEcrites.Import.Parsing.Json;
using QuestionsEcrites.Import.Parsing.Labels;
using QuestionsEcrites.Import.Parsing.Text;
using QuestionsEcrites.Testing;

namespace QuestionsEcrites.UnitTests.Parsing;

/// <summary>No text carries the page around it: navigation, footer, address, sharing, printing, social media.</summary>
public sealed partial class PageFurnitureTests
{
    private const string Footer = "Assemblée nationale - 126 Rue de l'Université, 75355 Paris 07 SP - Standard 01 40 63 60 00";

    private static string RealPage => File.ReadAllText(Path.Combine(RepoPaths.Shared, "samples", "QANR5L16QE200.html"));

    [Theory]
    [InlineData("Haut de page")]
    [InlineData("Partager sur Facebook (nouvel onglet)")]
    [InlineData("Partager")]
    [InlineData("Imprimer cette page")]
    [InlineData("Mentions légales | Accessibilité : partiellement conforme | Contacter le webmestre")]
    [InlineData("Facebook · Twitter · LinkedIn")]
    [InlineData("©Tous droits réservés Assemblée nationale 2019")]
    [InlineData("Gestion des cookies")]
    [InlineData("- Aller au contenu")]
    [InlineData(Footer)]
    [InlineData("126, rue de l'Université - 75355 Paris 07 SP")]
    public void IsFurniture_PageLines(string line)
    {
        PageFurniture.IsFurniture(line).Should().BeTrue();
    }

    [Theory]
    [InlineData("Le Gouvernement entend partager les conclusions de la mission avec les élus.")]
    [InlineData("- Accueil des enfants en situation de handicap ;")]
    [InlineData("Elle lui demande de bien vouloir lui indiquer les mesures envisagées.")]
    [InlineData("L'Assemblée nationale a adopté la proposition de loi le 3 décembre 2024.")]
    [InlineData("Mme la députée souhaite imprimer un nouvel élan à la politique de l'eau.")]
    public void IsFurniture_TextOfAQuestion_No(string line)
    {
        PageFurniture.IsFurniture(line).Should().BeFalse();
        PageFurniture.Strip(line).Should().Be(line);
    }

    [Fact]
    public void Strip_FooterGluedToTheLastParagraph_Cut()
    {
        PageFurniture.Strip("Ces mesures seront évaluées en 2025. " + Footer).Should().Be("Ces mesures seront évaluées en 2025.");
    }

    public static TheoryData<string> RealPages() => new(Directory.EnumerateFiles(Path.Combine(RepoPaths.Shared, "samples"), "*.htm*").Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(RealPages))]
    public void EveryRealPage_TextsCarryNoFurniture(string name)
    {
        var result = DocumentParser.Parse(File.ReadAllBytes(Path.Combine(RepoPaths.Shared, "samples", name)));

        result.Errors.Should().BeEmpty();
        AssertNoFurniture(result.Value!);
    }

    [Fact]
    public void RealPage_WithoutItsQuestionBlock_ReadFromMain_TextsStillCarryNoFurniture()
    {
        // Without the « question » block's class the reader takes <main>: its texts run to the end of their container.
        var result = HtmlQuestionParser.Parse(RealPage.Replace("_style-question", "unknown-block", StringComparison.Ordinal));

        result.Errors.Should().BeEmpty();
        AssertNoFurniture(result.Value!);
        result.Value!.Answer!.Text.Should().Be(HtmlQuestionParser.Parse(RealPage).Value!.Answer!.Text);
    }

    [Fact]
    public void OlderLayout_WithTheRealPagesFooter_AnswerEndsWithItsLastParagraph()
    {
        var footer = FooterRegex().Match(RealPage).Value;
        footer.Should().Contain("126 Rue de l'Université");
        var page = OlderPage(string.Empty).Replace("</body>", footer + "<p>Haut de page</p><p><a href=\"#\">Partager</a> · <a href=\"#\">Imprimer</a></p>" + "<p>" + Footer + "</p></body>", StringComparison.Ordinal);

        var result = HtmlQuestionParser.Parse(page);

        result.Value!.Answer!.Text.Should().Be(HtmlQuestionParser.Parse(OlderPage(string.Empty)).Value!.Answer!.Text);
        result.Warnings.Should().Contain(w => w.StartsWith("éléments de page écartés", StringComparison.Ordinal));
    }

    [Fact]
    public void TextFormat_PageSavedWithItsFooter_AnswerWithoutIt()
    {
        var seed = SeedCorpus.SeedFiles.First(f => File.ReadAllText(f).Contains("## Texte de la réponse", StringComparison.Ordinal));
        var clean = TextQuestionParser.Parse(File.ReadAllText(seed)).Value!;
        var withFooter = File.ReadAllText(seed).Replace("## Données clés", "Haut de page\n\nPartager sur Facebook\n\n" + Footer + "\n\n## Données clés", StringComparison.Ordinal);

        var parsed = TextQuestionParser.Parse(withFooter).Value!;

        parsed.Answer!.Text.Should().Be(clean.Answer!.Text);
        parsed.Text.Should().Be(clean.Text);
    }

    [Fact]
    public void OpenData_AnswerWithAFooter_Dropped()
    {
        var json = OpenDataSamples.FullQe.Replace("bénéficiant pas encore.</p>", "bénéficiant pas encore.</p><p>" + Footer + "</p><p>Haut de page</p>", StringComparison.Ordinal);

        var answer = OpenDataQuestionParser.Parse(json).Value!.Answer!.Text;

        answer.Should().Be(OpenDataQuestionParser.Parse(OpenDataSamples.FullQe).Value!.Answer!.Text);
    }

    private static void AssertNoFurniture(ParsedQuestion question)
    {
        foreach (var text in new[] { question.Text, question.Answer?.Text ?? string.Empty })
        {
            text.Split('\n').Should().NotContain(line => PageFurniture.IsFurniture(line));
            text.Should().NotContainAny("126 Rue", "Partager", "Haut de page", "Mentions légales", "cookies", "Facebook", "LinkedIn", "Inscrivez-vous");
        }
    }

    private static string OlderPage(string extra) => $"""
        <html><head><title>Question N° 14520</title></head><body>
        <table class="tdQuestion">
          <tr><td>16ème législature</td></tr>
          <tr><td>Question N° : 14520</td><td>de Mme Anne Martin ( Renaissance - Nord )</td><td>Question écrite</td></tr>
          <tr><td>Ministère interrogé &gt; Santé et prévention</td><td>Ministère attributaire &gt; Santé et prévention</td></tr>
          <tr><td>Rubrique &gt; santé</td></tr>
          <tr><td>Question publiée au JO le : 30/01/2024 page : 557</td></tr>
          <tr><td>Réponse publiée au JO le : 26/03/2024 page : 2301</td></tr>
        </table>
        <h2>Texte de la question</h2>
        <p>Mme Anne Martin interroge M. le ministre de la santé sur les urgences pédiatriques.</p>
        <h2>Texte de la réponse</h2>
        <p>Le Gouvernement a renforcé les moyens.</p>
        <p>Ces mesures seront évaluées en 2025.</p>{extra}
        </body></html>
        """;

    [GeneratedRegex("<footer.*?</footer>", RegexOptions.Singleline)]
    private static partial Regex FooterRegex();
}
