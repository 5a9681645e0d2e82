using QuestionsEcrites.Domain.Questions;
using QuestionsEcrites.Import.Parsing;
using QuestionsEcrites.Import.Parsing.Json;
using QuestionsEcrites.Testing;

namespace QuestionsEcrites.UnitTests.Parsing;

public sealed class OpenDataQuestionParserTests
{
    private static string FullQe => OpenDataSamples.FullQe;

    [Fact]
    public void Parse_FullQuestion_EveryField()
    {
        var result = OpenDataQuestionParser.Parse(FullQe);

        result.Errors.Should().BeEmpty();
        var q = result.Value!;
        q.Key.Should().Be(new QuestionKey(QuestionType.QE, 17, 1223));
        q.Title.Should().Be("Soutien au secteur médico-social");
        q.TitleIsFallback.Should().BeFalse();
        q.Indexation.Rubrique.Should().Be("Institutions sociales et médico sociales");
        q.Indexation.TeteAnalyse.Should().Be("Ségur pour tous");
        q.Indexation.Analyses.Should().Be("Soutien au secteur médico-social ; Financement");
        q.Text.Should().Be("Mme Marie-Charlotte Garin attire l'attention de M. le ministre sur le Ségur pour tous.\n\nElle lui demande quelles mesures.");
        q.PublishedOn.Should().Be(new DateOnly(2024, 10, 22));
        q.JoPage.Should().Be(5629);
        q.MinistryAsked.Should().Be("Solidarités, autonomie et égalité entre femmes et hommes");
        q.MinistryAssigned.Should().Be("Travail, santé, solidarités et familles");
        q.AttributionChangedOn.Should().Be(new DateOnly(2024, 11, 5));
        q.SignaledOn.Should().Be(new DateOnly(2024, 11, 20));
        q.ClosedOn.Should().BeNull("« Réponse publiée » answers the question, it does not close it unanswered");
        q.Author.Should().Be(new ParsedAuthor("Mme", "Marie-Charlotte Garin", null, null, "Écologiste et Social", "PA793218") { NameSource = AuthorNameSource.QuestionText });
        result.Warnings.Should().ContainSingle(w => w.Contains("PA793218 nommé d'après le début du texte : « Mme Marie-Charlotte Garin »", StringComparison.Ordinal));
        q.Answer.Should().Be(new ParsedAnswer(
            new DateOnly(2024, 12, 3),
            6484,
            "Le projet de création d'une convention collective n'en bénéficiant pas encore.\n\nRégion | Montant\n\nNord | 300 M€"));
    }

    [Fact]
    public void Parse_FullQuestion_LifecycleEvents()
    {
        var events = OpenDataQuestionParser.Parse(FullQe.Replace("\"renouvellements\": null", "\"renouvellements\": {\"renouvellement\": [{\"dateRenouvellement\": \"2025-01-07\"}]}", StringComparison.Ordinal)).Value!.Events;

        events.Should().BeEquivalentTo(new[]
        {
            new ParsedEvent(QuestionEventKind.ChangementAttribution, new DateOnly(2024, 11, 5), "Travail, santé, solidarités et familles"),
            new ParsedEvent(QuestionEventKind.Renouvellement, new DateOnly(2025, 1, 7), null),
            new ParsedEvent(QuestionEventKind.Signalement, new DateOnly(2024, 11, 20), null),
            new ParsedEvent(QuestionEventKind.Erratum, new DateOnly(2024, 10, 29), "texte de la question republié"),
        });
    }

    [Fact]
    public void Parse_ObjectsInsteadOfArraysAndNulls_Accepted()
    {
        var json = """
            {"question": {"uid": "QANR5L16QE77", "identifiant": {"numero": "77", "legislature": "16"}, "type": "QE",
              "indexationAN": {"rubrique": "santé", "teteAnalyse": null, "analyses": {"analyse": "Déserts médicaux"}},
              "auteur": {"identite": {"acteurRef": "PA1"}, "groupe": null},
              "minInt": {"abrege": "Santé", "developpe": null},
              "minAttribs": {"minAttrib": {"infoJO": {"dateJO": "2022-08-02"}, "denomination": {"abrege": "Santé"}}},
              "textesQuestion": {"texteQuestion": {"infoJO": {"dateJO": "2022-08-02", "pageJO": null}, "texte": "Texte."}},
              "textesReponse": null, "signalement": null, "renouvellements": null,
              "cloture": {"codeCloture": "FM", "libelleCloture": "Fin de mandat", "dateCloture": "2024-06-09"}}}
            """;

        var q = OpenDataQuestionParser.Parse(json).Value!;

        q.Title.Should().Be("Déserts médicaux");
        q.MinistryAsked.Should().Be("Santé");
        q.MinistryAssigned.Should().Be("Santé");
        q.AttributionChangedOn.Should().BeNull();
        q.JoPage.Should().BeNull();
        q.Answer.Should().BeNull();
        q.Author!.Group.Should().BeNull();
        q.ClosedOn.Should().Be(new DateOnly(2024, 6, 9));
        q.ClosureReason.Should().Be("Fin de mandat");
    }

    [Fact]
    public void Parse_RealQgSample_ImportedWithItsType()
    {
        var json = File.ReadAllText(Path.Combine(RepoPaths.Shared, "samples", "QANR5L17QG1.json"));

        var result = DocumentParser.Parse(System.Text.Encoding.UTF8.GetBytes(json));

        result.Errors.Should().BeEmpty();
        var q = result.Value!;
        q.Key.Should().Be(new QuestionKey(QuestionType.QG, 17, 1));
        q.Title.Should().Be("Situation à Mayotte");
        q.Indexation.Rubrique.Should().Be("Outre-mer");
        q.MinistryAsked.Should().Be("Ministère de l'intérieur");
        q.Author!.AnId.Should().Be("PA842279");
        q.Author.Group.Should().Be("Rassemblement National");
        q.PublishedOn.Should().Be(new DateOnly(2024, 10, 3));
        q.Answer!.JoPage.Should().Be(5283);
        q.ClosedOn.Should().BeNull();
    }

    [Theory]
    [InlineData("{\"question\": {\"uid\": \"QANR5L17QE1\", ", "JSON invalide")]
    [InlineData("{\"question\": {\"@xsi:type\": \"QuestionFuture_Type\", \"identifiant\": {\"numero\": \"1\", \"legislature\": \"17\"}}}", "version de schéma inconnue")]
    [InlineData("{\"scrutin\": {\"numero\": 3}}", "pas une question")]
    [InlineData("[1, 2, 3]", "pas une question")]
    [InlineData("{\"question\": {\"identifiant\": {\"numero\": \"1\", \"legislature\": \"17\"}, \"type\": \"QE\"}}", "texte de la question manquant")]
    [InlineData("{\"acteur\": {\"uid\": \"PA1\"}}", "fiche de député")]
    public void Parse_BadInput_RejectedWithAClearReason(string json, string reason)
    {
        var result = DocumentParser.Parse(System.Text.Encoding.UTF8.GetBytes(json));

        result.Succeeded.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Should().Contain(reason);
    }
}
