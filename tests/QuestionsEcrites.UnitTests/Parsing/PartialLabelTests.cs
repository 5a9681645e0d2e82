using QuestionsEcrites.Import.Parsing;
using QuestionsEcrites.Import.Parsing.Drafts;
using QuestionsEcrites.Import.Parsing.Labels;
using QuestionsEcrites.Import.Parsing.Text;
using QuestionsEcrites.Testing;

namespace QuestionsEcrites.UnitTests.Parsing;

/// <summary>
/// The audit of every label for an empty value and a missing separator: a label without a value gives nothing
/// (never a dash, a colon or a dot as a value), and a value written without its separator still lands in its field.
/// </summary>
public sealed class PartialLabelTests
{
    public static TheoryData<string, string> EmptyValues()
    {
        var labels = new[]
        {
            "Auteur", "Circonscription", "Groupe", "Identifiant", "Type de question", "Numéro de la question", "Rubrique",
            "Titre", "Tête d'analyse", "Analyse", "Ministère interrogé", "Ministère attributaire", "Question publiée au JO le",
            "Réponse publiée au JO le", "Date de signalement", "Date de changement d'attribution", "Date de clôture",
            "Date de renouvellement", "Erratum",
        };
        var data = new TheoryData<string, string>();
        foreach (var label in labels)
        {
            foreach (var empty in new[] { string.Empty, "-", "–", ".", ":", "…", "( )" })
            {
                data.Add(label, empty);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EmptyValues))]
    public void Parse_LabelWithoutValue_GivesNothingAndKeepsTheRest(string label, string empty)
    {
        var builder = new QuestionDocumentBuilder();
        var document = (label.StartsWith("Date", StringComparison.Ordinal) || label.Contains("publiée", StringComparison.Ordinal) || label == "Erratum"
            ? builder.WithKeyDate(label, empty)
            : builder.WithKeyData(label, empty)).Build();

        var result = TextQuestionParser.Parse(document);

        var q = result.Value;
        if (q is null)
        {
            // A required field left empty: refused, naming what is missing, never with a placeholder as a value.
            result.Errors.Should().ContainSingle().Which.Should().NotContain($"« {empty} »");
            return;
        }

        Values(q).Should().NotContain(v => !v.Any(char.IsLetterOrDigit), "a label without a value gives no value, not « {0} »", empty);
        q.Key.Number.Should().Be(42);
        q.Title.Should().Be("Accès aux soins dans les territoires ruraux");
        q.Answer.Should().BeNull();
        q.Events.Should().BeEmpty();
        q.Text.Should().StartWith("M. Jean Dupont attire l'attention");
    }

    [Theory]
    [InlineData("M.Jean Dupont", "M.", "Jean Dupont", null, null)]
    [InlineData("Mme.Marie Durand", "Mme", "Marie Durand", null, null)]
    [InlineData("M. Jean Dupont (- Les Démocrates)", "M.", "Jean Dupont", null, "Les Démocrates")]
    [InlineData("M. Jean Dupont (Gironde -)", "M.", "Jean Dupont", "Gironde", null)]
    [InlineData("M. Jean Dupont (Gironde -Les Démocrates)", "M.", "Jean Dupont", "Gironde", "Les Démocrates")]
    [InlineData("M. Jean Dupont (Seine-Saint-Denis- Renaissance)", "M.", "Jean Dupont", "Seine-Saint-Denis", "Renaissance")]
    [InlineData("M. Jean Dupont (Seine-Saint-Denis)", "M.", "Jean Dupont", "Seine-Saint-Denis", null)]
    [InlineData("M. Jean Dupont ( - )", "M.", "Jean Dupont", null, null)]
    public void ReadAuthor_PartialOrUnseparatedPlace_EachPartWhereItBelongs(string line, string civility, string name, string? department, string? group)
    {
        var author = AuthorLines.ReadAuthor(line);

        (author.Civility, author.Name, author.Department, author.Group).Should().Be((civility, name, department, group));
    }

    [Theory]
    [InlineData("Gironde (2e circonscription) Les Démocrates", "Gironde", 2, "Les Démocrates")]
    [InlineData("Gironde (2e circonscription)- Les Démocrates", "Gironde", 2, "Les Démocrates")]
    [InlineData("Gironde -Les Démocrates", "Gironde", null, "Les Démocrates")]
    [InlineData("Gironde- Les Démocrates", "Gironde", null, "Les Démocrates")]
    [InlineData("Seine-Saint-Denis", "Seine-Saint-Denis", null, null)]
    public void ReadCirconscription_MissingSeparator_GroupStillApart(string line, string? department, int? number, string? group)
    {
        AuthorLines.ReadCirconscription(line).Should().Be(new DraftCirconscription(department, number, group));
    }

    [Theory]
    [InlineData("14/01/2025page 120", 120)]
    [InlineData("14 janvier 2025 p. 120", 120)]
    [InlineData("14 janvier 2025,page:120", 120)]
    [InlineData("14 janvier 2025", null)]
    public void Parse_PublicationWithoutSeparatorBeforeThePage_DateAndPage(string value, int? page)
    {
        var q = TextQuestionParser.Parse(new QuestionDocumentBuilder().WithKeyDate("Question publiée au JO le", value).Build()).Value!;

        q.PublishedOn.Should().Be(new DateOnly(2025, 1, 14));
        q.JoPage.Should().Be(page);
    }

    [Fact]
    public void Parse_KeyDataWithoutColon_LabelStillReadWithAWarning()
    {
        var document = new QuestionDocumentBuilder()
            .WithoutKeyData("Rubrique")
            .WithoutKeyData("Ministère attributaire")
            .Build()
            .Replace("Ministère interrogé : [Santé et accès aux soins](#)", "Rubrique Santé publique\n\nMinistère attributaire Travail et emploi\n\nMinistère interrogé : [Santé et accès aux soins](#)", StringComparison.Ordinal);

        var result = TextQuestionParser.Parse(document);

        result.Value!.Indexation.Rubrique.Should().Be("Santé publique");
        result.Value.MinistryAssigned.Should().Be("Travail et emploi");
        result.Warnings.Should().Contain(w => w.Contains("sans deux-points", StringComparison.Ordinal) && w.Contains("Rubrique", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_PublicationLineGluedToItsDate_DateAndPage()
    {
        var document = new QuestionDocumentBuilder().Build()
            .Replace("Question publiée au JO le : [14 janvier 2025](#), page 120", "Question publiée au JO le14/01/2025page 120", StringComparison.Ordinal);

        var q = TextQuestionParser.Parse(document).Value!;

        (q.PublishedOn, q.JoPage).Should().Be((new DateOnly(2025, 1, 14), 120));
    }

    [Theory]
    [InlineData("Rubrique", "Agriculture")]
    [InlineData("Ministère répondant", "Agriculture et souveraineté alimentaire")]
    public void Parse_RealPageWithAnEmptiedValue_FieldEmptyRestExact(string label, string value)
    {
        var html = File.ReadAllText(Path.Combine(RepoPaths.Shared, "samples", "QANR5L16QE200.html"));
        var emptied = html.Replace($"{label} :\n <span class=\"_regular\">{value}</span>", $"{label} :\n <span class=\"_regular\"> – </span>", StringComparison.Ordinal);
        emptied.Should().NotBe(html);

        var q = DocumentParser.Parse(System.Text.Encoding.UTF8.GetBytes(emptied)).Value!;

        Values(q).Should().NotContain(v => !v.Any(char.IsLetterOrDigit));
        (label == "Rubrique" ? q.Indexation.Rubrique : q.MinistryAssigned).Should().NotBe("–");
        q.MinistryAsked.Should().Be("Agriculture et souveraineté alimentaire");
        q.Author!.Name.Should().Be("Marie-Pierre Rixain");
    }

    [Fact]
    public void Apply_DoubledSeparator_NotPartOfTheValue()
    {
        var draft = new QuestionDraft();

        LabelledValues.Apply(LabelField.MinistryAsked, ": Santé", draft);
        LabelledValues.Apply(LabelField.Rubrique, "> santé", draft);

        draft.MinistryAsked.Should().Be("Santé");
        draft.Rubrique.Should().Be("Santé");
    }

    private static IEnumerable<string> Values(ParsedQuestion q) =>
        new[]
        {
            q.Title, q.Text, q.Indexation.Rubrique, q.Indexation.TeteAnalyse, q.Indexation.Analyses, q.MinistryAsked, q.MinistryAssigned,
            q.ClosureReason, q.Author?.Civility, q.Author?.Name, q.Author?.Department, q.Author?.Group, q.Author?.AnId,
        }.OfType<string>();
}
