using QuestionsEcrites.Domain.Questions;
using QuestionsEcrites.Import.Parsing;
using QuestionsEcrites.Import.Parsing.Text;
using QuestionsEcrites.Testing;

namespace QuestionsEcrites.UnitTests.Parsing;

/// <summary>The real-world variants of DESIGN.md §1, each in a small document.</summary>
public sealed class TextQuestionParserVariantTests
{
    private static ParsedQuestion ParseOk(QuestionDocumentBuilder document) => ParseOk(document.Build());

    private static ParsedQuestion ParseOk(string document)
    {
        var result = TextQuestionParser.Parse(document);
        result.Errors.Should().BeEmpty();
        return result.Value!;
    }

    [Fact]
    public void Parse_MarkdownHeadingsAndBoldLabels_SameAsPlain()
    {
        var plain = ParseOk(new QuestionDocumentBuilder().WithAnswerText("Réponse du ministre."));

        var markdown = ParseOk(new QuestionDocumentBuilder().WithAnswerText("Réponse du ministre.").AsMarkdown());

        markdown.Should().BeEquivalentTo(plain);
        markdown.Title.Should().Be("Accès aux soins dans les territoires ruraux");
    }

    [Theory]
    [InlineData("Date(s) clé(s)")]
    [InlineData("Date(s) clé(e)s")]
    [InlineData("Date(s) clée(s)")]
    [InlineData("Dates clés")]
    [InlineData("Date clé")]
    [InlineData("DATES CLEFS")]
    [InlineData("Dates")]
    public void Parse_KeyDatesHeadingSpellings_ReadTheDates(string heading)
    {
        var question = ParseOk(new QuestionDocumentBuilder().WithKeyDatesHeading(heading));

        question.PublishedOn.Should().Be(new DateOnly(2025, 1, 14));
        question.JoPage.Should().Be(120);
    }

    [Theory]
    [InlineData("Question publiée au JO le")]
    [InlineData("Question publiée le")]
    [InlineData("Question publiée au Journal officiel le")]
    public void Parse_PublicationLabelWithOrWithoutAuJo_ReadsTheDate(string label)
    {
        var question = ParseOk(new QuestionDocumentBuilder()
            .WithoutKeyDate("Question publiée au JO le")
            .WithKeyDate(label, "14 janvier 2025"));

        question.PublishedOn.Should().Be(new DateOnly(2025, 1, 14));
        question.JoPage.Should().BeNull();
    }

    [Theory]
    [InlineData("[11 février 2025](#), page 698", 698)]
    [InlineData("[11 février 2025](https://www.journal-officiel.gouv.fr/jo/2025-02-11), page 698", 698)]
    [InlineData("11 février 2025 page : 698", 698)]
    [InlineData("11 février 2025 - p. 698", 698)]
    [InlineData("[11 février 2025](#)", null)]
    public void Parse_DateWithLinksAndPages_ReadsDateAndPage(string value, int? page)
    {
        var question = ParseOk(new QuestionDocumentBuilder().WithKeyDate("Question publiée au JO le", value));

        question.PublishedOn.Should().Be(new DateOnly(2025, 2, 11));
        question.JoPage.Should().Be(page);
    }

    [Theory]
    [InlineData("Gironde (5^e circonscription) - Les Démocrates", 5)]
    [InlineData("Gironde (1^{re} circonscription) - Les Démocrates", 1)]
    [InlineData("Gironde (3<sup>e</sup> circonscription) - Les Démocrates", 3)]
    [InlineData("Gironde (1<sup>re</sup> circonscription) - Les Démocrates", 1)]
    [InlineData("Gironde (3e circonscription) - Les Démocrates", 3)]
    [InlineData("Gironde (1re circonscription) - Les Démocrates", 1)]
    [InlineData("Gironde (1ère circonscription) - Les Démocrates", 1)]
    [InlineData("Gironde (1er circonscription) - Les Démocrates", 1)]
    [InlineData("Gironde (12ème circonscription) - Les Démocrates", 12)]
    public void Parse_CirconscriptionSuperscripts_ReadTheNumber(string value, int number)
    {
        var author = ParseOk(new QuestionDocumentBuilder().WithKeyData("Circonscription", value)).Author!;

        author.Department.Should().Be("Gironde");
        author.Circonscription.Should().Be(number);
        author.Group.Should().Be("Les Démocrates");
    }

    [Theory]
    [InlineData("La France insoumise - Nouveau Front Populaire")]
    [InlineData("Libertés, Indépendants, Outre-mer et Territoires")]
    [InlineData("Socialistes & apparentés")]
    [InlineData("Gauche démocrate et républicaine (GDR) - NUPES")]
    [InlineData("Non inscrit")]
    public void Parse_GroupNamesWithDashesCommasAmpersandsParentheses_KeptWhole(string group)
    {
        var author = ParseOk(new QuestionDocumentBuilder()
            .WithKeyData("Circonscription", $"Ille-et-Vilaine (1^{{re}} circonscription) - {group}")).Author!;

        author.Department.Should().Be("Ille-et-Vilaine");
        author.Circonscription.Should().Be(1);
        author.Group.Should().Be(group);
    }

    [Theory]
    [InlineData("Val-de-Marne - La France insoumise - Nouveau Front Populaire", "Val-de-Marne", "La France insoumise - Nouveau Front Populaire")]
    [InlineData("Français établis hors de France - Renaissance", "Français établis hors de France", "Renaissance")]
    [InlineData("Val-de-Marne", "Val-de-Marne", null)]
    public void Parse_CirconscriptionWithoutNumber_DepartmentAndGroup(string value, string department, string? group)
    {
        var author = ParseOk(new QuestionDocumentBuilder().WithKeyData("Circonscription", value)).Author!;

        author.Department.Should().Be(department);
        author.Circonscription.Should().BeNull();
        author.Group.Should().Be(group);
    }

    [Fact]
    public void Parse_RegionInsteadOfDepartment_KeptAsPublished()
    {
        var author = ParseOk(new QuestionDocumentBuilder()
            .WithKeyData("Circonscription", "Île-de-France (3^e circonscription) - Ensemble pour la République")).Author!;

        author.Department.Should().Be("Île-de-France");
        author.Circonscription.Should().Be(3);
        author.Group.Should().Be("Ensemble pour la République");
    }

    [Fact]
    public void Parse_LowerCaseRubrique_CapitalisedLikeTheSite()
    {
        var question = ParseOk(new QuestionDocumentBuilder().WithKeyData("Rubrique", "institutions sociales et médico sociales"));

        question.Indexation.Rubrique.Should().Be("Institutions sociales et médico sociales");
    }

    [Fact]
    public void Parse_MinistereRepondant_IsTheAssignedMinistry()
    {
        var question = ParseOk(new QuestionDocumentBuilder()
            .WithoutKeyData("Ministère attributaire")
            .WithKeyData("Ministère interrogé", "Intérieur")
            .WithKeyData("Ministère répondant", "[Intérieur et outre-mer](#)"));

        question.MinistryAsked.Should().Be("Intérieur");
        question.MinistryAssigned.Should().Be("Intérieur et outre-mer");
    }

    [Theory]
    [InlineData("30/01/2024", 2024, 1, 30)]
    [InlineData("3 décembre 2024", 2024, 12, 3)]
    [InlineData("1er juin 2022", 2022, 6, 1)]
    [InlineData("1^{er} juin 2022", 2022, 6, 1)]
    [InlineData("15 aout 2023", 2023, 8, 15)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    public void Parse_DateSpellings_ReadTheSameDate(string value, int year, int month, int day)
    {
        var question = ParseOk(new QuestionDocumentBuilder().WithKeyDate("Question publiée au JO le", value));

        question.PublishedOn.Should().Be(new DateOnly(year, month, day));
    }

    [Fact]
    public void Parse_LifecycleDates_SignalementAttributionAndClosure()
    {
        var question = ParseOk(new QuestionDocumentBuilder()
            .WithKeyDate("Date de signalement", "[3 mars 2025](#)")
            .WithKeyDate("Date de changement d'attribution", "1er avril 2025")
            .WithKeyDate("Date de clôture", "21 juin 2022 (Fin de mandat)"));

        question.SignaledOn.Should().Be(new DateOnly(2025, 3, 3));
        question.AttributionChangedOn.Should().Be(new DateOnly(2025, 4, 1));
        question.ClosedOn.Should().Be(new DateOnly(2022, 6, 21));
        question.ClosureReason.Should().Be("Fin de mandat");
    }

    [Fact]
    public void Parse_QuestionRetiree_ClosesWithReason()
    {
        var question = ParseOk(new QuestionDocumentBuilder().WithKeyDate("Question retirée le", "19 juin 2024 (Caduque)"));

        question.ClosedOn.Should().Be(new DateOnly(2024, 6, 19));
        question.ClosureReason.Should().Be("Caduque");
    }

    [Fact]
    public void Parse_AnswerDateWithoutText_AnswerWithNullText()
    {
        var question = ParseOk(new QuestionDocumentBuilder().WithKeyDate("Réponse publiée au JO le", "[3 décembre 2024](#), page 6484"));

        question.Answer.Should().Be(new ParsedAnswer(new DateOnly(2024, 12, 3), 6484, null));
    }

    [Fact]
    public void Parse_ParagraphSplitByPageBreak_JoinedInMidSentence()
    {
        var question = ParseOk(new QuestionDocumentBuilder()
            .WithAnswerText("Premier paragraphe complet.", "Les accords étendent le Ségur aux professionnels n'en", "bénéficiant pas encore, l'autre donnant un cadre.", "Nouveau paragraphe.")
            .WithKeyDate("Réponse publiée au JO le", "3 décembre 2024"));

        question.Answer!.Text.Should().Be(
            "Premier paragraphe complet.\n\nLes accords étendent le Ségur aux professionnels n'en bénéficiant pas encore, l'autre donnant un cadre.\n\nNouveau paragraphe.");
    }

    [Fact]
    public void Parse_MultipleParagraphs_SeparatedByBlankLine()
    {
        var question = ParseOk(new QuestionDocumentBuilder().WithQuestionText("Premier.", "Deuxième.", "- un point de liste"));

        question.Text.Should().Be("Premier.\n\nDeuxième.\n\n- un point de liste");
    }

    [Fact]
    public void Parse_OlderLayout_ArrowLabelsAndSlashDates()
    {
        var document = """
            ASSEMBLÉE NATIONALE
            16ème législature
            Situation des urgences pédiatriques
            Question écrite n° 14520
            Texte de la question
            Mme Anne Martin interroge M. le ministre sur la situation des urgences pédiatriques.
            Données clés
            Auteur : Mme Anne Martin
            Circonscription : Nord (7e circonscription) - Renaissance
            Ministère interrogé > Santé et prévention
            Ministère attributaire > Santé et prévention
            Rubrique > santé
            Question publiée au JO le : 30/01/2024 page : 557
            Date de signalement: 02/04/2024
            """;

        var question = ParseOk(document);

        question.Key.Legislature.Should().Be(16);
        question.Key.Number.Should().Be(14520);
        question.Title.Should().Be("Situation des urgences pédiatriques");
        question.MinistryAsked.Should().Be("Santé et prévention");
        question.Indexation.Rubrique.Should().Be("Santé");
        question.PublishedOn.Should().Be(new DateOnly(2024, 1, 30));
        question.JoPage.Should().Be(557);
        question.SignaledOn.Should().Be(new DateOnly(2024, 4, 2));
        question.Author.Should().Be(new ParsedAuthor("Mme", "Anne Martin", "Nord", 7, "Renaissance"));
    }

    [Fact]
    public void Parse_Layout2025_RepondantAndPlainDate()
    {
        var question = ParseOk(new QuestionDocumentBuilder()
            .WithoutKeyData("Ministère attributaire")
            .WithKeyData("Ministère répondant", "Santé et accès aux soins")
            .WithoutKeyDate("Question publiée au JO le")
            .WithKeyDatesHeading("Dates")
            .WithKeyDate("Date", "29 avril 2025"));

        question.PublishedOn.Should().Be(new DateOnly(2025, 4, 29));
        question.MinistryAssigned.Should().Be("Santé et accès aux soins");
    }

    [Fact]
    public void Parse_NonBreakingSpacesAndTypographicApostrophes_Normalised()
    {
        var document = new QuestionDocumentBuilder()
            .WithQuestionText("M.\u00A0Jean Dupont attire l’attention\u202Fde Mme la ministre\u00A0: il demande s’il est possible d’agir.")
            .WithKeyData("Auteur", "M.\u00A0Jean\u00A0Dupont")
            .WithKeyDate("Question publiée au JO le", "14\u00A0janvier\u00A02025,\u00A0page\u00A0120")
            .Build()
            .Replace("\n", "\r\n", StringComparison.Ordinal);

        var question = ParseOk(document);

        question.Text.Should().Be("M. Jean Dupont attire l’attention de Mme la ministre : il demande s’il est possible d’agir.");
        question.Author!.Name.Should().Be("Jean Dupont");
        question.PublishedOn.Should().Be(new DateOnly(2025, 1, 14));
        question.JoPage.Should().Be(120);
    }

    [Theory]
    [InlineData("[M. Jean Dupont](#)", "M.", "Jean Dupont")]
    [InlineData("Mme Marie-Charlotte Garin", "Mme", "Marie-Charlotte Garin")]
    [InlineData("Mme. Anne Martin", "Mme", "Anne Martin")]
    [InlineData("Madame Anne Martin", "Mme", "Anne Martin")]
    public void Parse_AuthorCivility_SplitFromName(string value, string civility, string name)
    {
        var author = ParseOk(new QuestionDocumentBuilder().WithKeyData("Auteur", value)).Author!;

        author.Civility.Should().Be(civility);
        author.Name.Should().Be(name);
    }

    [Theory]
    [InlineData("17ème législature", 17)]
    [InlineData("17e législature", 17)]
    [InlineData("17^e législature", 17)]
    [InlineData("16<sup>ème</sup> Législature", 16)]
    [InlineData("Législature : 15", 15)]
    public void Parse_LegislatureSpellings_ReadTheNumber(string line, int legislature)
    {
        var question = ParseOk(new QuestionDocumentBuilder().WithLegislatureLine(line));

        question.Key.Legislature.Should().Be(legislature);
        question.Title.Should().Be("Accès aux soins dans les territoires ruraux");
    }

    [Theory]
    [InlineData("Question au Gouvernement n° 12", QuestionType.QG)]
    [InlineData("Question orale sans débat n° 12", QuestionType.QOSD)]
    [InlineData("Question écrite n°12", QuestionType.QE)]
    public void Parse_IdentifierLine_GivesTypeAndNumber(string line, QuestionType type)
    {
        var question = ParseOk(new QuestionDocumentBuilder().WithIdentifierLine(line).WithoutKeyData("Type de question").WithoutKeyData("Numéro de la question"));

        question.Key.Type.Should().Be(type);
        question.Key.Number.Should().Be(12);
    }

    [Fact]
    public void Parse_TitleOnTheIdentifierLine_TakenFromThere()
    {
        var question = ParseOk(new QuestionDocumentBuilder().WithTitle(null).WithIdentifierLine("Question écrite n° 42 : Fermeture des maternités"));

        question.Title.Should().Be("Fermeture des maternités");
    }

    [Fact]
    public void Parse_NoTitle_FallsBackWithAWarning()
    {
        var result = TextQuestionParser.Parse(new QuestionDocumentBuilder().WithTitle(null).Build());

        result.Value!.Title.Should().Be("Santé");
        result.Warnings.Should().ContainSingle(w => w.Contains("titre absent", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    public void Parse_Empty_Rejected(string content)
    {
        var result = TextQuestionParser.Parse(content);

        result.Succeeded.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Should().Be("document vide");
    }

    [Fact]
    public void Parse_NotAQuestion_RejectedWithAClearReason()
    {
        var result = TextQuestionParser.Parse("Liste de courses\n\nDu pain, du beurre.\n");

        result.Succeeded.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Should().Contain("n'est pas une question");
    }

    [Fact]
    public void Parse_TruncatedBeforeKeyData_RejectedNamingWhatIsMissing()
    {
        var full = new QuestionDocumentBuilder().Build();
        var truncated = full[..full.IndexOf("Données clés", StringComparison.Ordinal)];

        var result = TextQuestionParser.Parse(truncated);

        result.Succeeded.Should().BeFalse();
        result.Errors.Should().Contain(e => e.Contains("auteur absent", StringComparison.Ordinal));
        result.Errors.Should().Contain(e => e.Contains("date de publication", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_NumbersDisagree_HeadingWinsWithAWarning()
    {
        var result = TextQuestionParser.Parse(new QuestionDocumentBuilder().WithKeyData("Numéro de la question", "43").Build());

        result.Value!.Key.Number.Should().Be(42);
        result.Warnings.Should().ContainSingle(w => w.Contains("numéro incohérent", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_ImpossibleDate_WarnsAndRejectsMissingPublication()
    {
        var result = TextQuestionParser.Parse(new QuestionDocumentBuilder().WithKeyDate("Question publiée au JO le", "31 février 2025").Build());

        result.Succeeded.Should().BeFalse();
        result.Warnings.Should().Contain(w => w.Contains("date illisible", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_OneWordParagraphLikeAHeading_KeptAsText()
    {
        var question = ParseOk(new QuestionDocumentBuilder()
            .WithAnswerText("Réponse.")
            .WithKeyDate("Réponse publiée au JO le", "4 mars 2025"));

        question.Answer!.Text.Should().Be("Réponse.");
    }

    [Theory]
    [InlineData("Concernant le signalement des situations de maltraitance : il demande un dispositif dédié.")]
    [InlineData("Clôture de l'exercice au 31 décembre 2023 : un déficit record.")]
    [InlineData("Rubrique : voilà ce que les familles demandent depuis longtemps.")]
    public void Parse_SentenceWithAColonInTheText_StaysText(string sentence)
    {
        var question = ParseOk(new QuestionDocumentBuilder().WithQuestionText("Premier paragraphe.", sentence));

        question.Text.Should().EndWith(sentence);
        question.ClosedOn.Should().BeNull();
        question.ClosureReason.Should().BeNull();
        question.SignaledOn.Should().BeNull();
        question.Indexation.Rubrique.Should().Be("Santé");
    }

    [Fact]
    public void Parse_EmptyLabelFollowedByAnotherLabel_DoesNotSwallowIt()
    {
        var document = new QuestionDocumentBuilder().Build().Replace("Rubrique : Santé", "Rubrique :", StringComparison.Ordinal);

        var question = ParseOk(document);

        question.Indexation.Rubrique.Should().BeNull();
        question.MinistryAsked.Should().Be("Santé et accès aux soins");
    }

    [Fact]
    public void Parse_DateLabelWithoutColon_ReadsItsOwnLine()
    {
        var question = ParseOk(new QuestionDocumentBuilder()
            .WithoutKeyDate("Question publiée au JO le")
            .Build()
            .Replace("Date(s) clé(s)\n\n", "Date(s) clé(s)\n\nQuestion publiée au JO le 14 janvier 2025, page 120\n\nRéponse publiée au JO le 3 décembre 2025, page 6484\n\n", StringComparison.Ordinal));

        question.PublishedOn.Should().Be(new DateOnly(2025, 1, 14));
        question.JoPage.Should().Be(120);
        question.Answer.Should().Be(new ParsedAnswer(new DateOnly(2025, 12, 3), 6484, null));
    }

    [Fact]
    public void Parse_Layout2025WithValuesOnTheirOwnLines_Read()
    {
        var document = """
            ASSEMBLÉE NATIONALE
            17e législature
            Accès aux soins
            Question écrite n° 42
            Texte de la question
            M. Jean Dupont interroge la ministre.
            Données clés
            Auteur
            M. Jean Dupont
            Ministère répondant
            Santé et accès aux soins
            Date
            29 avril 2025
            """;

        var question = ParseOk(document);

        question.PublishedOn.Should().Be(new DateOnly(2025, 4, 29));
        question.MinistryAssigned.Should().Be("Santé et accès aux soins");
        question.Author!.Name.Should().Be("Jean Dupont");
    }

    [Theory]
    [InlineData("Numéro de la question : 99999999999")]
    [InlineData("Numéro de la question : １２")]
    public void Parse_HugeOrNonAsciiNumbers_NoException(string line)
    {
        var act = () => TextQuestionParser.Parse(new QuestionDocumentBuilder().WithKeyData("Numéro de la question", line.Split(" : ")[1]).Build());

        act.Should().NotThrow();
    }

    [Fact]
    public void Parse_FullWidthDigitsInTheIdentifier_NoException()
    {
        var act = () => TextQuestionParser.Parse(new QuestionDocumentBuilder().WithIdentifierLine("Question écrite n° １２").Build());

        act.Should().NotThrow();
    }

    [Fact]
    public void Parse_DecomposedUnicode_SameAsComposed()
    {
        var composed = new QuestionDocumentBuilder().Build();

        var decomposed = ParseOk(composed.Normalize(System.Text.NormalizationForm.FormD));

        decomposed.Should().BeEquivalentTo(ParseOk(composed));
    }

    [Fact]
    public void Parse_UnicodeSuperscriptLegislature_Read()
    {
        ParseOk(new QuestionDocumentBuilder().WithLegislatureLine("17ᵉ législature")).Key.Legislature.Should().Be(17);
    }

    [Fact]
    public void Parse_TitleAfterTheIdentifier_Read()
    {
        var document = new QuestionDocumentBuilder().WithTitle(null).Build()
            .Replace("Question écrite n° 42\n\n", "Question écrite n° 42\n\nFermeture des maternités\n\n", StringComparison.Ordinal);

        ParseOk(document).Title.Should().Be("Fermeture des maternités");
    }

    [Theory]
    [InlineData("Au total, ce sont près de", "700 000 salariés qui ont bénéficié d'une revalorisation.")]
    [InlineData("la mise en œuvre du « Ségur pour tous »", "qui reste largement non financé.")]
    public void Parse_PageBreakBeforeANumberOrAfterAQuote_Joined(string first, string second)
    {
        var question = ParseOk(new QuestionDocumentBuilder().WithQuestionText(first, second));

        question.Text.Should().Be(first + " " + second);
    }

    [Fact]
    public void Parse_QuoteEndingASentence_NotJoined()
    {
        var question = ParseOk(new QuestionDocumentBuilder().WithQuestionText("Il cite l'accord « Ségur pour tous. »", "le texte suivant commence ainsi."));

        question.Text.Should().Contain("\n\n");
    }

    [Fact]
    public void Parse_MarkdownEmphasisAndListItems_Cleaned()
    {
        var question = ParseOk(new QuestionDocumentBuilder().WithQuestionText("Publié au *Journal officiel* et au _Bulletin_ :", "* premier point ;", "* second point."));

        question.Text.Should().Be("Publié au Journal officiel et au Bulletin :\n\n- premier point ;\n\n- second point.");
    }

    [Fact]
    public void Parse_OnlyOneMinistry_TheOtherStaysUnknown()
    {
        var question = ParseOk(new QuestionDocumentBuilder().WithoutKeyData("Ministère interrogé"));

        question.MinistryAsked.Should().BeNull();
        question.MinistryAssigned.Should().Be("Santé et accès aux soins");
    }

    [Fact]
    public void DetectFormat_MarkdownStartingWithALink_IsText()
    {
        DocumentParser.DetectFormat("[Aller au contenu](#main)\n\nASSEMBLÉE NATIONALE").Should().Be(DocumentFormat.Text);
        DocumentParser.DetectFormat("[ {\"uid\": 1} ]").Should().Be(DocumentFormat.Json);
    }

    [Fact]
    public void Parse_RenewalAndErratum_AreEvents()
    {
        var question = ParseOk(new QuestionDocumentBuilder()
            .WithKeyDate("Date de renouvellement", "14 avril 2025")
            .WithKeyDate("Erratum", "publié le 21 janvier 2025"));

        question.Events.Should().Contain(new ParsedEvent(QuestionEventKind.Renouvellement, new DateOnly(2025, 4, 14), null));
        question.Events.Should().Contain(e => e.Kind == QuestionEventKind.Erratum && e.Date == new DateOnly(2025, 1, 21));
    }
}
