using System.Net;
using QuestionsEcrites.IntegrationTests.Infrastructure;

namespace QuestionsEcrites.IntegrationTests.Web;

/// <summary>Every page over the five seeds, parsed with AngleSharp.</summary>
public sealed class PagesTests(QuestionsApp app) : IClassFixture<QuestionsApp>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/questions")]
    [InlineData("/questions?q=S%C3%A9gur")]
    [InlineData("/questions/17/1223")]
    [InlineData("/questions/17/6294")]
    [InlineData("/rubriques")]
    [InlineData("/rubriques/sante")]
    [InlineData("/ministeres")]
    [InlineData("/ministeres/sante-et-acces-aux-soins")]
    [InlineData("/deputes")]
    [InlineData("/deputes/marie-charlotte-garin-17")]
    [InlineData("/groupes")]
    [InlineData("/groupes/ecologiste-et-social")]
    [InlineData("/signalees")]
    public async Task Get_EveryPage_RendersInFrenchWithLandmarks(string url)
    {
        var (response, document) = await HtmlPage.GetAsync(app, url);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        document.DocumentElement.GetAttribute("lang").Should().Be("fr");
        document.QuerySelector("header")!.Should().NotBeNull();
        document.QuerySelector("nav[aria-label]")!.Should().NotBeNull();
        document.QuerySelector("main#main")!.Should().NotBeNull();
        document.QuerySelector("footer")!.TextContent.Should().Contain("Journal officiel");
        document.QuerySelector("form[role=search] input[name=q]")!.Should().NotBeNull();
        document.QuerySelector("h1")!.TextContent.Should().NotBeNullOrWhiteSpace();
        foreach (var input in document.QuerySelectorAll("input:not([type=hidden]), select"))
        {
            document.QuerySelector($"label[for='{input.Id}']").Should().NotBeNull($"every control has a label ({input.OuterHtml})");
        }
    }

    [Fact]
    public async Task Links_GeneratedFromRoutes_AsTheContractWritesThem()
    {
        var (_, document) = await HtmlPage.GetAsync(app, "/questions?q=S%C3%A9gur");

        document.QuerySelectorAll("nav.site-nav a").Select(a => a.GetAttribute("href")).Should().Equal("/questions", "/rubriques", "/ministeres", "/deputes", "/groupes", "/signalees");
        document.QuerySelector("a.brand")!.GetAttribute("href").Should().Be("/");
        var item = document.QuerySelectorAll("[data-testid=result]").Single(r => r.TextContent.Contains("n° 1223", StringComparison.Ordinal));
        item.QuerySelector(".result-title a")!.GetAttribute("href").Should().Be("/questions/17/1223?q=S%C3%A9gur");
        item.QuerySelector("a.rubrique")!.GetAttribute("href").Should().StartWith("/rubriques/");
        item.QuerySelector(".result-meta a")!.GetAttribute("href").Should().Be("/deputes/marie-charlotte-garin-17");
        var (_, details) = await HtmlPage.GetAsync(app, "/questions/17/1223");
        details.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Should().Contain("/api/questions/17/1223");
    }

    [Fact]
    public async Task Search_Segur_ListsTheFourQuestionsWithMarkedSnippets()
    {
        var (_, document) = await HtmlPage.GetAsync(app, "/questions?q=S%C3%A9gur");

        document.QuerySelector("[data-testid=result-count]")!.TextContent.Should().Contain("4 questions");
        var results = document.QuerySelectorAll("#results [data-testid=result]");
        results.Should().HaveCount(4);
        results.Select(r => r.QuerySelector(".snippet mark")).Should().AllSatisfy(m => m.Should().NotBeNull());
        results.Select(r => r.QuerySelector(".result-title a")!.GetAttribute("href")).Should().Contain("/questions/17/1223?q=S%C3%A9gur");
    }

    [Fact]
    public async Task Questions_FacetCounts_AgreeWithTheListTheyLinkTo()
    {
        var (_, document) = await HtmlPage.GetAsync(app, "/questions");
        var links = document.QuerySelectorAll(".facet li a").ToList();

        links.Should().NotBeEmpty();
        foreach (var link in links)
        {
            var expected = int.Parse(link.QuerySelector("[data-testid=facet-count]")!.TextContent, System.Globalization.CultureInfo.InvariantCulture);
            var (_, filtered) = await HtmlPage.GetAsync(app, link.GetAttribute("href")!);
            filtered.QuerySelectorAll("#results [data-testid=result]").Should().HaveCount(expected, link.GetAttribute("href"));
        }
    }

    [Fact]
    public async Task Questions_ActiveFilter_ShownAsARemovableChip()
    {
        var (_, document) = await HtmlPage.GetAsync(app, "/questions?rubrique=sante&statut=pending");

        var chips = document.QuerySelectorAll("[data-testid=active-filters] a.chip");
        chips.Select(c => c.TextContent).Should().Contain(t => t.Contains("Rubrique : sante")).And.Contain(t => t.Contains("Statut : En attente de réponse"));
        chips.Single(c => c.TextContent.Contains("Rubrique")).GetAttribute("href").Should().Be("/questions?statut=pending");
        document.QuerySelectorAll("#results [data-testid=result]").Should().HaveCount(2);
    }

    [Fact]
    public async Task Questions_NoResult_SaysSoAndSuggestsRemovingAFilter()
    {
        var (_, document) = await HtmlPage.GetAsync(app, "/questions?q=S%C3%A9gur&rubrique=sante&statut=answered");

        document.QuerySelector("[data-testid=empty]")!.TextContent.Should().Contain("Aucune question");
        document.QuerySelectorAll("[data-testid=empty] a").Select(a => a.TextContent).Should().Contain(t => t.Contains("sans le filtre"));
    }

    [Fact]
    public async Task Questions_Pager_WithSmallPages()
    {
        var (_, document) = await HtmlPage.GetAsync(app, "/questions?taille=2&page=2");

        document.QuerySelectorAll("#results [data-testid=result]").Should().HaveCount(2);
        var pager = document.QuerySelector("[data-testid=pager]")!;
        pager.QuerySelector("[aria-current=page]")!.TextContent.Should().Be("2");
        pager.QuerySelector("a[rel=prev]")!.GetAttribute("href").Should().Be("/questions?taille=2");
        pager.QuerySelector("a[rel=next]")!.GetAttribute("href").Should().Be("/questions?taille=2&page=3");
        document.QuerySelector("#results")!.GetAttribute("start").Should().Be("3");
    }

    [Fact]
    public async Task Details_1223_QuestionAndAnswerInDistinctRegions()
    {
        var (_, document) = await HtmlPage.GetAsync(app, "/questions/17/1223");

        var question = document.QuerySelector("[data-testid=question-text]")!;
        var answer = document.QuerySelector("[data-testid=answer-text]")!;
        question.TextContent.Should().Contain("Mme Marie-Charlotte Garin attire l'attention");
        question.TextContent.Should().Contain("22 octobre 2024, page 5629");
        answer.TextContent.Should().Contain("Le projet de création d'une Convention collective unique");
        answer.TextContent.Should().Contain("n'en bénéficiant pas encore");
        answer.TextContent.Should().Contain("3 décembre 2024, page 6484");
        question.TextContent.Should().NotContain("Convention collective unique et étendue (CCNUE)");
        document.QuerySelector("[data-testid=delay]")!.TextContent.Should().Contain("42 jours");
        var metadata = document.QuerySelector("[data-testid=metadata]")!;
        metadata.TextContent.Should().Contain("Écologiste et Social").And.Contain("Rhône (3e circonscription)");
        metadata.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Should().Contain(
            ["/deputes/marie-charlotte-garin-17", "/rubriques/institutions-sociales-et-medico-sociales", "/ministeres/solidarites-autonomie-et-egalite-entre-femmes-et-hommes",
             "https://www.assemblee-nationale.fr/dyn/17/questions/QANR5L17QE1223", "/api/questions/17/1223"]);
    }

    [Fact]
    public async Task Details_PendingPastTwoMonths_LateBadgeAndDaysWaiting()
    {
        var (_, document) = await HtmlPage.GetAsync(app, "/questions/17/6294");

        document.QuerySelector("[data-testid=late]")!.TextContent.Should().Be("en retard");
        document.QuerySelector("[data-testid=delay]")!.TextContent.Should().Contain("En attente depuis 573 jours, en retard de ");
        document.QuerySelector("[data-testid=no-answer]")!.TextContent.Should().Contain("pas encore répondu");
    }

    [Fact]
    public async Task Details_FromASearch_TermsMarkedInBothTexts()
    {
        var (_, document) = await HtmlPage.GetAsync(app, "/questions/17/1223?q=segur");

        document.QuerySelectorAll("[data-testid=question-text] mark").Select(m => m.TextContent).Should().Contain("Ségur");
        document.QuerySelectorAll("[data-testid=answer-text] mark").Select(m => m.TextContent).Should().Contain("Ségur");
    }

    [Theory]
    [InlineData("/questions/17/999999")]
    [InlineData("/questions/16/1223")]
    [InlineData("/rubriques/inconnue")]
    [InlineData("/ministeres/inconnu")]
    [InlineData("/deputes/personne-17")]
    [InlineData("/groupes/inconnu")]
    [InlineData("/questions/17/1223?type=XX")]
    public async Task Unknown_RealFrench404(string url)
    {
        var (response, document) = await HtmlPage.GetAsync(app, url);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        document.QuerySelector("h1")!.TextContent.Should().Be("Page introuvable");
    }

    [Theory]
    [InlineData("/questions?page=0")]
    [InlineData("/questions?page=-3")]
    [InlineData("/questions?taille=100000")]
    [InlineData("/questions?du=2026-13-45")]
    [InlineData("/questions?du=2025-03-01&au=2025-01-01")]
    [InlineData("/questions?tri=%3Cscript%3E")]
    [InlineData("/questions?legislature=abc")]
    [InlineData("/rubriques/sante?statut=nimporte")]
    public async Task BadParameter_400PageWithAFrenchMessage(string url)
    {
        var (response, document) = await HtmlPage.GetAsync(app, url);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        document.QuerySelector("[data-testid=errors]")!.TextContent.Should().Contain("ne sont pas valides");
        document.QuerySelector("[data-testid=errors]")!.InnerHtml.Should().NotContain("<script>");
    }

    [Theory]
    [InlineData("/questions?q=%22unbalanced")]
    [InlineData("/questions?q=((sant%C3%A9")]
    [InlineData("/questions?q=*")]
    [InlineData("/questions?q=AND")]
    [InlineData("/questions?q=%00%01")]
    [InlineData("/questions?q=%3Cscript%3Ealert(1)%3C/script%3E")]
    [InlineData("/questions?rubrique=%3Cb%3E&ministere=&auteur=%00")]
    [InlineData("/questions/17/1223?q=%22%22%22")]
    public async Task HostileParameters_NeverA500(string url)
    {
        var (response, document) = await HtmlPage.GetAsync(app, url);

        ((int)response.StatusCode).Should().BeLessThan(500);
        document.Body!.InnerHtml.Should().NotContain("<script>alert");
    }

    [Fact]
    public async Task Directories_ListCountsThatMatchTheirPages()
    {
        var (_, rubriques) = await HtmlPage.GetAsync(app, "/rubriques");

        var rows = rubriques.QuerySelectorAll("[data-testid=scoreboard-row]");
        rows.Should().HaveCount(2);
        foreach (var row in rows)
        {
            var count = int.Parse(row.QuerySelector("[data-testid=cell-questions]")!.TextContent, System.Globalization.CultureInfo.InvariantCulture);
            var (_, page) = await HtmlPage.GetAsync(app, row.QuerySelector("a")!.GetAttribute("href")!);
            page.QuerySelectorAll("#results [data-testid=result]").Should().HaveCount(count);
        }

        var (_, deputies) = await HtmlPage.GetAsync(app, "/deputes");
        deputies.QuerySelectorAll("[data-testid=scoreboard-row]").Should().HaveCount(5);
        var (_, ministries) = await HtmlPage.GetAsync(app, "/ministeres");
        ministries.QuerySelectorAll("[data-testid=scoreboard-row]").Should().HaveCount(4, "the seeds assign their questions to four ministries");
    }

    [Fact]
    public async Task Home_KeyFiguresAndLatestAnswers()
    {
        var (_, document) = await HtmlPage.GetAsync(app, "/");

        document.QuerySelector("[data-testid=answered-share]")!.TextContent.Should().Be("20 %");
        document.QuerySelector("[data-testid=median-delay]")!.TextContent.Should().Be("42 jours");
        document.QuerySelectorAll("#latest-answers [data-testid=result]").Should().ContainSingle();
    }
}
