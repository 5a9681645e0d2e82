using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using QuestionsEcrites.Data.Duplicates;
using QuestionsEcrites.IntegrationTests.Infrastructure;
using QuestionsEcrites.Testing;

namespace QuestionsEcrites.IntegrationTests.Web;

/// <summary>
/// « Questions identiques » as users see them: on the question's page, in its API object (<c>identicalTo</c>,
/// <c>answerReusedBy</c>) and on <c>/questions/identiques</c>, the largest groups first with their first question.
/// </summary>
public sealed class IdenticalQuestionsTests(IdenticalQuestionsTests.CopiesApp fixture) : IClassFixture<IdenticalQuestionsTests.CopiesApp>
{
    private readonly QuestionsApp _app = fixture.App;

    [Fact]
    public async Task Api_IdenticalToAndAnswerReusedBy()
    {
        var body = await GetJsonAsync("/api/questions/17/2");

        Keys(body["identicalTo"]!).Should().Equal("17/1", "17/3");
        Keys(body["answerReusedBy"]!).Should().Equal("17/1");
        Keys((await GetJsonAsync("/api/questions/17/4"))["identicalTo"]!).Should().BeEmpty();
    }

    [Fact]
    public async Task Page_SaysTheTextIsRepeated_WithTheOtherQuestions()
    {
        using var document = await GetHtmlAsync("/questions/17/2");

        var section = document.QuerySelector("[data-testid=identical]")!;
        section.QuerySelector("h2")!.TextContent.Should().Be("Texte repris à l'identique par 2 autres députés");
        section.QuerySelectorAll("[data-testid=linked-question] a").Select(a => a.GetAttribute("href")).Should().Equal("/questions/17/1", "/questions/17/3");
        document.QuerySelector("[data-testid=same-answer] h2")!.TextContent.Should().Be("Réponse reprise pour une autre question");
        (await GetHtmlAsync("/questions/17/4")).QuerySelector("[data-testid=identical]").Should().BeNull();
    }

    [Fact]
    public async Task ClustersPage_LargestFirst_WithItsFirstQuestion()
    {
        using var document = await GetHtmlAsync("/questions/identiques");

        document.QuerySelector("[data-testid=cluster-count]")!.TextContent.Should().Contain("1 groupe(s) réunissant 3 questions");
        var row = document.QuerySelector("[data-testid=cluster]")!;
        row.QuerySelector("a")!.GetAttribute("href").Should().Be("/questions/17/1", "the earliest published");
        row.TextContent.Should().Contain("M. Jean Dupont").And.Contain("14 janvier 2025");
    }

    [Fact]
    public async Task Filter_IdentiquesOui_OnlyTheRepeatedQuestions_WithOtherFilters()
    {
        var all = await GetJsonAsync("/api/questions?identiques=oui");
        var withText = await GetJsonAsync("/api/questions?identiques=oui&q=engrais&auteur=anne-martin");

        all["items"]!.AsArray().Select(i => i!["number"]!.GetValue<int>()).Should().BeEquivalentTo([1, 2, 3]);
        withText["items"]!.AsArray().Select(i => i!["number"]!.GetValue<int>()).Should().Equal(2);
        using var page = await GetHtmlAsync("/questions?identiques=oui");
        page.QuerySelector("[data-testid=result-count]")!.TextContent.Should().Contain("3 questions");
    }

    [Theory]
    [InlineData("/api/questions?identiques=peut-etre")]
    [InlineData("/questions?identiques=1")]
    public async Task Filter_BadValue_FrenchError400(string url)
    {
        using var client = _app.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("identiques");
    }

    [Theory]
    [InlineData("/questions/identiques?page=abc")]
    [InlineData("/questions/identiques?page=9")]
    public async Task ClustersPage_BadPage_FrenchError400(string url)
    {
        using var client = _app.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("« page »");
    }

    private static List<string> Keys(JsonNode array) =>
        array.AsArray().Select(k => $"{k!["legislature"]!.GetValue<int>()}/{k["number"]!.GetValue<int>()}").ToList();

    private async Task<JsonNode> GetJsonAsync(string url)
    {
        using var client = _app.CreateClient();
        return JsonNode.Parse(await client.GetStringAsync(new Uri(url, UriKind.Relative)))!;
    }

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> GetHtmlAsync(string url)
    {
        using var client = _app.CreateClient();
        return new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri(url, UriKind.Relative)));
    }

    /// <summary>Three deputies tabling one text (the first two answered alike), and an unrelated question.</summary>
    public sealed class CopiesApp : IDisposable
    {
        private const string Lobby = "les conséquences pour les petites exploitations de la hausse du prix des engrais azotés, qui a triplé en deux ans et menace la survie de nombreuses fermes familiales ; les aides annoncées ne couvrent qu'une faible part du surcoût et arrivent trop tard pour les semis de printemps. Il lui demande si le Gouvernement entend créer un fonds d'urgence dédié aux engrais et simplifier l'accès aux aides existantes.";

        private const string Answer = "Le Gouvernement est pleinement mobilisé aux côtés des agriculteurs face à la hausse du prix des engrais. Un plan de résilience a été mis en place, qui comprend une aide exceptionnelle aux exploitations les plus exposées, versée par FranceAgriMer, ainsi qu'un accompagnement des chambres d'agriculture.";

        private readonly TempFolder _folder = new();

        public CopiesApp()
        {
            Write(1, "M. Jean Dupont", "Gironde (2^e circonscription) - Les Démocrates", "14 janvier 2025", "M. Jean Dupont attire l'attention de M. le ministre de l'agriculture sur " + Lobby, Answer);
            Write(2, "Mme Anne Martin", "Nord (3^e circonscription) - Horizons & Indépendants", "21 janvier 2025", "Mme Anne Martin interroge M. le ministre de l'agriculture sur " + Lobby, Answer);
            Write(3, "M. Paul Durand", "Cher (1^re circonscription) - Droite Républicaine", "4 février 2025", "M. Paul Durand appelle l'attention de M. le ministre sur " + Lobby, null);
            Write(4, "M. Jean Dupont", "Gironde (2^e circonscription) - Les Démocrates", "11 février 2025", "M. Jean Dupont attire l'attention de M. le ministre sur la fermeture des bureaux de poste dans les communes rurales, qui prive les habitants âgés d'un service public essentiel ; il lui demande quelles mesures le Gouvernement entend prendre.", null);
            App = new QuestionsApp { Settings = [("Import:SeedsPath", _folder.Path)] };
            _ = App.Server;
            App.Services.GetRequiredService<DuplicateLinker>().LinkAsync(CancellationToken.None).GetAwaiter().GetResult();
        }

        public QuestionsApp App { get; }

        public void Dispose()
        {
            App.Dispose();
            _folder.Dispose();
        }

        private void Write(int number, string author, string circonscription, string published, string text, string? answer)
        {
            var builder = new QuestionDocumentBuilder()
                .WithNumber(number)
                .WithTitle($"Question {number}")
                .WithQuestionText(text)
                .WithKeyData("Auteur", $"[{author}](#)")
                .WithKeyData("Circonscription", circonscription)
                .WithKeyDate("Question publiée au JO le", $"[{published}](#), page 100");
            if (answer is not null)
            {
                builder = builder.WithAnswerText(answer).WithKeyDate("Réponse publiée au JO le", "[3 mars 2025](#), page 1500");
            }

            File.WriteAllText(Path.Combine(_folder.Path, $"q{number}.txt"), builder.Build());
        }
    }
}
