using QuestionsEcrites.Import.Parsing;
using QuestionsEcrites.Import.Parsing.Html;
using QuestionsEcrites.Testing;

namespace QuestionsEcrites.UnitTests.Parsing;

public sealed class HtmlQuestionParserTests
{
    private static string Sample(string name) => File.ReadAllText(Path.Combine(RepoPaths.Shared, "samples", name));

    [Fact]
    public void Parse_RealPageQe200_EveryFieldExactly()
    {
        var result = DocumentParser.Parse(System.Text.Encoding.UTF8.GetBytes(Sample("QANR5L16QE200.html")));

        result.Errors.Should().BeEmpty();
        result.Warnings.Should().BeEmpty();
        ParsedExport.ToExport(result.Value!, "QANR5L16QE200.html").Should().BeEquivalentTo(ParsedExport.LoadExpected("QANR5L16QE200.expected.json"));
        result.Value!.Author!.AnId.Should().Be("PA722252");
    }

    private const string OlderLayout = """
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><title>Question N° 14520 de Mme Martin Anne</title></head>
        <body>
        <table class="tdQuestion">
          <tr><td>16ème législature</td></tr>
          <tr><td>Question N° : 14520</td><td>de Mme Anne Martin ( Renaissance - Nord )</td><td>Question écrite</td></tr>
          <tr><td>Ministère interrogé &gt; Santé et prévention</td><td>Ministère attributaire &gt; Santé et prévention</td></tr>
          <tr><td>Rubrique &gt; santé</td><td>Tête d'analyse &gt; urgences</td><td>Analyse &gt; pédiatrie. moyens</td></tr>
          <tr><td>Question publiée au JO le : 30/01/2024 page : 557</td></tr>
          <tr><td>Réponse publiée au JO le : 26/03/2024 page : 2301</td></tr>
          <tr><td>Date de signalement: 02/04/2024</td></tr>
        </table>
        <h2>Texte de la question</h2>
        <p>Mme Anne Martin interroge M. le ministre de la santé et de la prévention sur la situation des urgences pédiatriques.</p>
        <h2>Texte de la réponse</h2>
        <p>Le Gouvernement a renforcé les moyens :</p>
        <ul><li>recrutement de pédiatres ;</li><li>ouverture de lits.</li></ul>
        <table><tr><th>Région</th><th>Lits ouverts</th></tr><tr><td>Hauts-de-France</td><td>120</td></tr><tr><td>Île-de-France</td><td>300</td></tr></table>
        <p>Ces mesures seront évaluées en 2025.</p>
        </body></html>
        """;

    [Fact]
    public void Parse_OlderLayout_LabelRowsAndHeadings()
    {
        var question = HtmlQuestionParser.Parse(OlderLayout).Value!;

        question.Key.Legislature.Should().Be(16);
        question.Key.Number.Should().Be(14520);
        question.MinistryAsked.Should().Be("Santé et prévention");
        question.Indexation.Rubrique.Should().Be("Santé");
        question.Indexation.TeteAnalyse.Should().Be("Urgences");
        question.PublishedOn.Should().Be(new DateOnly(2024, 1, 30));
        question.JoPage.Should().Be(557);
        question.SignaledOn.Should().Be(new DateOnly(2024, 4, 2));
        question.Author.Should().Be(new ParsedAuthor("Mme", "Anne Martin", "Nord", null, "Renaissance"));
        question.Text.Should().Be("Mme Anne Martin interroge M. le ministre de la santé et de la prévention sur la situation des urgences pédiatriques.");
        question.Answer!.PublishedOn.Should().Be(new DateOnly(2024, 3, 26));
        question.Answer.JoPage.Should().Be(2301);
    }

    [Fact]
    public void Parse_AnswerWithAListAndATable_KeepsItsStructure()
    {
        var answer = HtmlQuestionParser.Parse(OlderLayout).Value!.Answer!.Text;

        answer.Should().Be(string.Join("\n\n",
            "Le Gouvernement a renforcé les moyens :",
            "- recrutement de pédiatres ;",
            "- ouverture de lits.",
            "Région | Lits ouverts",
            "Hauts-de-France | 120",
            "Île-de-France | 300",
            "Ces mesures seront évaluées en 2025."));
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><body><h1>Bienvenue</h1><p>Rien à voir.</p></body></html>")]
    [InlineData("<html><body></body></html>")]
    public void Parse_HtmlThatIsNotAQuestion_RejectedClearly(string html)
    {
        var result = HtmlQuestionParser.Parse(html);

        result.Succeeded.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Should().Contain("page HTML");
    }

    [Fact]
    public void Parse_Windows1252Page_DecodedThroughTheDocumentParser()
    {
        var bytes = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(OlderLayout);

        var result = DocumentParser.Parse(bytes);

        result.Errors.Should().BeEmpty();
        result.Value!.Author!.Name.Should().Be("Anne Martin");
        result.Value.Indexation.Rubrique.Should().Be("Santé");
    }
}
