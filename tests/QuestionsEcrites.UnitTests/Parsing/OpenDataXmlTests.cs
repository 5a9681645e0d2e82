using System.Text;
using QuestionsEcrites.Domain.Questions;
using QuestionsEcrites.Import.Deputies;
using QuestionsEcrites.Import.OpenData;
using QuestionsEcrites.Import.Parsing;
using QuestionsEcrites.Import.Parsing.Json;
using QuestionsEcrites.Testing;

namespace QuestionsEcrites.UnitTests.Parsing;

/// <summary>The open data's XML goes through the JSON's records: the same document gives the same question.</summary>
public sealed class OpenDataXmlTests
{
    private static ParseResult<ParsedQuestion> ParseBytes(string text) => DocumentParser.Parse(Encoding.UTF8.GetBytes(text));

    private static string Sample(string name) => File.ReadAllText(Path.Combine(RepoPaths.Shared, "samples", name));

    [Fact]
    public void Parse_FullQuestionInXml_SameQuestionAsItsJson()
    {
        var fromJson = OpenDataQuestionParser.Parse(OpenDataSamples.FullQe);

        var fromXml = ParseBytes(OpenDataSamples.FullQeXml);

        fromXml.Errors.Should().BeEmpty();
        fromXml.Value.Should().BeEquivalentTo(fromJson.Value);
        fromXml.Warnings.Should().Equal(fromJson.Warnings);
        fromXml.Value!.Answer!.Text.Should().Contain("Région | Montant", "the answer's HTML written as tags keeps its table");
        fromXml.Value.Text.Should().Contain("Ségur pour tous", "the question's HTML written as escaped text reads as HTML");
    }

    [Fact]
    public void Parse_RealQgSampleWrittenAsXml_SameQuestionAsTheJson()
    {
        var json = Sample("QANR5L17QG1.json");
        var xml = DumpJsonAsXml.Convert(json);

        var fromXml = ParseBytes(xml);

        xml.Should().Contain("<textesQuestion xsi:nil=\"true\"", "the sample's null list is written as the XML writes it");
        fromXml.Errors.Should().BeEmpty();
        fromXml.Value.Should().BeEquivalentTo(ParseBytes(json).Value);
        fromXml.Value!.Key.Should().Be(new QuestionKey(QuestionType.QG, 17, 1));
    }

    [Fact]
    public void ParseContent_RealDeputiesFileWrittenAsXml_SameDeputyAsTheJson()
    {
        var json = Sample("PA267306.json");

        var fromXml = DocumentParser.ParseContent(Encoding.UTF8.GetBytes(DumpJsonAsXml.Convert(json)));

        fromXml.Question.Should().BeNull();
        fromXml.DeputiesError.Should().BeNull();
        fromXml.Deputies.Should().BeEquivalentTo(DeputyFileParser.Parse(json).Deputies);
        fromXml.Deputies.Should().ContainSingle().Which.Mandates.Should().ContainSingle()
            .Which.Should().Be(new ParsedMandate(16, "Puy-de-Dôme", 5), "only the ASSEMBLEE mandate places the deputy, in XML as in JSON");
    }

    [Fact]
    public void ParseContent_DeputyByHand_IdentifierAsTextBesideAttributes()
    {
        const string xml = """
            <acteur xmlns="http://schemas.assemblee-nationale.fr/referentiel" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
              <uid xsi:type="IdActeur_type">PA841131</uid>
              <etatCivil><ident><civ>Mme</civ><prenom>Anne</prenom><nom>Bergantz</nom></ident><dateDeces xsi:nil="true"/></etatCivil>
              <mandats>
                <mandat xsi:type="MandatSimple_Type"><legislature>17</legislature><typeOrgane>GP</typeOrgane></mandat>
                <mandat xsi:type="MandatParlementaire_type"><legislature>17</legislature><typeOrgane>ASSEMBLEE</typeOrgane>
                  <election><lieu><region>Île-de-France</region><departement>Yvelines</departement><numCirco>3</numCirco></lieu></election></mandat>
              </mandats>
            </acteur>
            """;

        var content = DocumentParser.ParseContent(Encoding.UTF8.GetBytes(xml));

        content.Deputies.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new ParsedDeputy("PA841131", "Mme", "Anne Bergantz", [new ParsedMandate(17, "Yvelines", 3)]));
    }

    [Fact]
    public void ToJson_ListsOfOneOrManyAndNils_AsTheDumpsJson()
    {
        const string xml = """
            <question xmlns="http://schemas.assemblee-nationale.fr/referentiel" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="QuestionEcrite_Type">
              <uid>QANR5L16QE77</uid>
              <analyses><analyse>Deserts medicaux</analyse></analyses>
              <minAttribs><minAttrib><x>1</x></minAttrib><minAttrib><x>2</x></minAttrib></minAttribs>
              <teteAnalyse xsi:nil="true"/>
              <rubriqueTa/>
            </question>
            """;

        var (json, error) = OpenDataXml.ToJson(xml);

        error.Should().BeNull();
        using (json)
        {
            json!.RootElement.GetRawText().Should().Be(
                """{"question":{"@xsi:type":"QuestionEcrite_Type","uid":"QANR5L16QE77","analyses":{"analyse":"Deserts medicaux"},"minAttribs":{"minAttrib":[{"x":"1"},{"x":"2"}]},"teteAnalyse":null,"rubriqueTa":null}}""");
        }
    }

    [Fact]
    public void ToJson_TextAsTagsWithWordsBetween_OneStringOfEncodedMarkup()
    {
        const string xml = """<question xmlns="http://schemas.assemblee-nationale.fr/referentiel"><texte>Le &lt; seuil <b>de 5 %</b> &amp; plus<br/></texte></question>""";

        var (json, _) = OpenDataXml.ToJson(xml);

        using (json)
        {
            json!.RootElement.GetProperty("question").GetProperty("texte").GetString().Should().Be("Le &lt; seuil <b>de 5 %</b> &amp; plus<br />");
        }
    }

    [Theory]
    [InlineData("<question xmlns=\"http://schemas.assemblee-nationale.fr/referentiel\"><uid>QANR5L17QE1</uid>", "XML invalide (ligne 1")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE question [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]><question xmlns=\"http://schemas.assemblee-nationale.fr/referentiel\">&b;</question>", "XML invalide")]
    [InlineData("<question xmlns=\"http://schemas.assemblee-nationale.fr/referentiel\"><uid>QANR5L17QE1</uid></question>", "identifiant")]
    [InlineData("<question xmlns=\"http://schemas.assemblee-nationale.fr/referentiel\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:type=\"QuestionFuture_Type\"><identifiant><numero>1</numero><legislature>17</legislature></identifiant></question>", "version de schéma inconnue")]
    public void Parse_BadXml_RejectedWithAClearReason(string xml, string reason)
    {
        var result = ParseBytes(xml);

        result.Succeeded.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Should().Contain(reason);
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- dump > 2024 -->\n<question xmlns=\"http://schemas.assemblee-nationale.fr/referentiel\">", DocumentFormat.OpenDataXml)]
    [InlineData("<acteur xmlns=\"http://schemas.assemblee-nationale.fr/referentiel\"><uid>PA1</uid></acteur>", DocumentFormat.OpenDataXml)]
    [InlineData("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body>http://schemas.assemblee-nationale.fr/referentiel</body></html>", DocumentFormat.Html)]
    [InlineData("<!DOCTYPE html><html><body><p>Question écrite</p></body></html>", DocumentFormat.Html)]
    public void DetectFormat_OpenDataXmlByItsRootsNamespace(string start, DocumentFormat format)
    {
        DocumentParser.DetectFormat(start).Should().Be(format);
    }
}
