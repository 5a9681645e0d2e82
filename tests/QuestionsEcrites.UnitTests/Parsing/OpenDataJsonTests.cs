using System.Text.Json;
using QuestionsEcrites.Import.OpenData;

namespace QuestionsEcrites.UnitTests.Parsing;

/// <summary>The dump's loose shapes, read into typed records without an exception.</summary>
public sealed class OpenDataJsonTests
{
    private static OpenDataQuestion Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        return OpenDataJson.Read<OpenDataQuestion>(document.RootElement)!;
    }

    [Fact]
    public void Read_ListAsOneObjectOrAnArray_AlwaysAList()
    {
        var one = Read("""{"minAttribs": {"minAttrib": {"denomination": {"developpe": "Santé"}}}}""");
        var many = Read("""{"minAttribs": {"minAttrib": [{"denomination": {"developpe": "Santé"}}, {"denomination": {"abrege": "Travail"}}]}}""");

        one.MinAttribs!.MinAttrib!.Select(m => m.Denomination!.Name).Should().Equal("Santé");
        many.MinAttribs!.MinAttrib!.Select(m => m.Denomination!.Name).Should().Equal("Santé", "Travail");
    }

    [Fact]
    public void Read_WrongKinds_NullInsteadOfAnError()
    {
        var q = Read("""{"identifiant": "1223", "auteur": [1, 2], "indexationAN": {"rubrique": 42, "analyses": {"analyse": [{"x": 1}, "Financement", "  "]}}, "minAttribs": {"minAttrib": ["texte", null]}}""");

        q.Identifiant.Should().BeNull("a string where an object is expected");
        q.Auteur.Should().BeNull();
        q.IndexationAN!.Rubrique.Should().Be("42", "a number where a text is expected reads as its digits");
        q.IndexationAN.Analyses!.Analyse.Should().Equal("Financement");
        q.MinAttribs!.MinAttrib.Should().BeEmpty();
    }

    [Fact]
    public void Read_NumbersAndBlanks_TextsTrimmedBlankAsNull()
    {
        var q = Read("""{"identifiant": {"numero": 1223, "legislature": " 17 "}, "uid": "   ", "cloture": null}""");

        q.Identifiant!.Numero.Should().Be("1223");
        q.Identifiant.Legislature.Should().Be("17");
        q.Uid.Should().BeNull();
        q.Cloture.Should().BeNull();
    }
}
