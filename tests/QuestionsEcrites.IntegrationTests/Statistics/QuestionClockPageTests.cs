using QuestionsEcrites.IntegrationTests.Infrastructure;

namespace QuestionsEcrites.IntegrationTests.Statistics;

/// <summary>The clock on each question of <see cref="Testing.AccountabilityFixture"/> (today: 23 November 2026), and its badge on lists.</summary>
public sealed class QuestionClockPageTests(AccountabilityApp fixture) : IClassFixture<AccountabilityApp>
{
    [Theory]
    [InlineData(1, "Répondue en 41 jours, dans le délai de deux mois (échéance le 10 mars 2026).")]
    [InlineData(2, "Répondue en 59 jours, dans le délai de deux mois (échéance le 31 mars 2026).")]
    [InlineData(4, "Répondue en 60 jours, 1 jour après l'échéance du 28 février 2026.")]
    [InlineData(13, "Répondue en 95 jours, 36 jours après l'échéance du 15 mars 2026.")]
    [InlineData(6, "En attente depuis 263 jours, en retard de 202 jours : le délai de deux mois prévu par le Règlement (art. 135) a expiré le 5 mai 2026.")]
    [InlineData(7, "En attente depuis 53 jours ; réponse attendue au plus tard le 1er décembre 2026 (deux mois après la publication).")]
    [InlineData(19, "En attente depuis 61 jours ; réponse attendue au plus tard le 23 novembre 2026 (deux mois après la publication).")]
    [InlineData(8, "Question clôturée sans réponse le 1er avril 2026 (Retirée).")]
    public async Task Details_TheClockInWords(int number, string expected)
    {
        var (_, document) = await HtmlPage.GetAsync(fixture.App, $"/questions/17/{number}");

        document.QuerySelector("[data-testid=delay]")!.TextContent.Trim().Should().Be(expected);
    }

    [Theory]
    [InlineData(9, "Signalée le 1er août 2026 : réponse due sous dix jours, au plus tard le 11 août 2026 ; délai tenu.")]
    [InlineData(10, "Signalée le 1er septembre 2026 : réponse due sous dix jours, au plus tard le 11 septembre 2026 ; délai non tenu.")]
    [InlineData(11, "Signalée le 20 novembre 2026 : réponse due sous dix jours, au plus tard le 30 novembre 2026 ; délai en cours.")]
    [InlineData(27, "Signalée le 1er octobre 2026 : réponse due sous dix jours, au plus tard le 11 octobre 2026 ; délai non tenu (réponse le 20 octobre 2026).")]
    public async Task Details_SignaleeTenDays(int number, string expected)
    {
        var (_, document) = await HtmlPage.GetAsync(fixture.App, $"/questions/17/{number}");

        document.QuerySelector("[data-testid=signaled-clock]")!.TextContent.Trim().Should().Be(expected);
    }

    [Fact]
    public async Task Lists_OverdueBadgeWithItsDays()
    {
        var (_, document) = await HtmlPage.GetAsync(fixture.App, "/questions?ministere=travail&tri=date&taille=50");

        var badges = document.QuerySelectorAll("#results [data-testid=result]")
            .Select(r => (Title: r.QuerySelector(".result-title")!.TextContent, Badge: r.QuerySelector("[data-testid=overdue-badge]")?.TextContent))
            .Where(r => r.Badge is not null)
            .ToDictionary(r => r.Title, r => r.Badge);
        badges.Should().BeEquivalentTo(new Dictionary<string, string?>
        {
            ["Question de contrôle n° 14"] = "en retard de 54 jours",
            ["Question de contrôle n° 15"] = "en retard de 23 jours",
            ["Question de contrôle n° 18"] = "en retard de 304 jours",
            ["Question de contrôle n° 20"] = "en retard de 1 jour",
        });
    }
}
