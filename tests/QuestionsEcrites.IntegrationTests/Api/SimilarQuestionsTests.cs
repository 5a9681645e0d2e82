using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using QuestionsEcrites.IntegrationTests.Infrastructure;
using QuestionsEcrites.Testing;

namespace QuestionsEcrites.IntegrationTests.Api;

/// <summary>
/// « Questions proches »: on a question's page and at <c>/api/questions/{leg}/{n}/proches</c>, the questions whose
/// title and text share its telling terms, best first, itself left out, answered ones first among equal scores.
/// </summary>
public sealed class SimilarQuestionsTests(SimilarQuestionsTests.HornetApp fixture) : IClassFixture<SimilarQuestionsTests.HornetApp>
{
    private readonly QuestionsApp _app = fixture.App;

    [Fact]
    public async Task Api_SimilarFirst_ItselfLeftOut_AnsweredFirstAmongEqualScores()
    {
        var (status, body) = await GetJsonAsync("/api/questions/17/1/proches");

        status.Should().Be(HttpStatusCode.OK);
        var items = body!["items"]!.AsArray();
        var numbers = items.Select(i => i!["number"]!.GetValue<int>()).ToList();
        numbers.Should().NotContain(1);
        numbers.Take(3).Should().Equal([3, 2, 4], "the two copies first, the answered one before the pending one, then the other hornet question");
        numbers.Skip(3).Should().OnlyContain(n => n > 4, "the unrelated questions come after every hornet question");
        items[0]!["status"]!.GetValue<string>().Should().Be("answered");
        items[0]!["url"]!.GetValue<string>().Should().Be("/questions/17/3");
        items[0]!["title"]!.GetValue<string>().Should().Be("Frelon asiatique et apiculteurs");
    }

    [Theory]
    [InlineData("/api/questions/17/999/proches", HttpStatusCode.NotFound)]
    [InlineData("/api/questions/17/abc/proches", HttpStatusCode.BadRequest)]
    [InlineData("/api/questions/0/1/proches", HttpStatusCode.BadRequest)]
    public async Task Api_UnknownOrMalformed_FrenchProblem(string url, HttpStatusCode expected)
    {
        var (status, body) = await GetJsonAsync(url);

        status.Should().Be(expected);
        body!["title"]!.GetValue<string>().Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task Page_ListsTheSimilarQuestions()
    {
        using var client = _app.CreateClient();
        var html = await client.GetStringAsync(new Uri("/questions/17/4", UriKind.Relative));
        using var document = new HtmlParser().ParseDocument(html);

        var section = document.QuerySelector("[data-testid=similar]")!;
        section.QuerySelector("h2")!.TextContent.Should().Be("Questions proches");
        var links = section.QuerySelectorAll("[data-testid=similar-item] a").Select(a => a.GetAttribute("href")).ToList();
        links.Should().HaveCountGreaterThanOrEqualTo(3).And.NotContain("/questions/17/4");
        links.Should().StartWith("/questions/17/3", "answered among the equal copies");
    }

    private async Task<(HttpStatusCode Status, JsonNode? Body)> GetJsonAsync(string url)
    {
        using var client = _app.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    /// <summary>Hornet questions (three copies of one text, one answered), another on the hornet, ten unrelated ones.</summary>
    public sealed class HornetApp : IDisposable
    {
        private const string Hornet = "M. Jean Dupont attire l'attention de Mme la ministre sur la prolifération du frelon asiatique, qui décime les ruches des apiculteurs du département. Il lui demande quelles aides elle prévoit pour les apiculteurs.";

        private readonly TempFolder _folder = new();

        public HornetApp()
        {
            Write(1, "Frelon asiatique et apiculteurs", Hornet, answered: false);
            Write(2, "Frelon asiatique et apiculteurs", Hornet, answered: false); // the same text: the same score as 3
            Write(3, "Frelon asiatique et apiculteurs", Hornet, answered: true);
            Write(4, "Lutte contre le frelon asiatique", "M. Jean Dupont attire l'attention de Mme la ministre sur le frelon asiatique et les nids que détruisent les apiculteurs.", answered: false);
            string[] others =
            [
                "le prix des cantines scolaires", "les transports scolaires", "la fermeture des bureaux de poste", "le déploiement de la fibre optique",
                "les délais de délivrance des passeports", "l'entretien des routes départementales", "la pénurie de médecins généralistes",
                "le prix du gazole agricole", "les retraites des conjoints collaborateurs", "la sécurité des passages à niveau",
            ];
            for (var i = 0; i < others.Length; i++)
            {
                Write(5 + i, $"Question sur {others[i]}", $"M. Jean Dupont interroge Mme la ministre sur {others[i]} dans les communes rurales.", answered: false);
            }
            App = new QuestionsApp { Settings = [("Import:SeedsPath", _folder.Path)] };
        }

        public QuestionsApp App { get; }

        public void Dispose()
        {
            App.Dispose();
            _folder.Dispose();
        }

        private void Write(int number, string title, string text, bool answered)
        {
            var builder = new QuestionDocumentBuilder().WithNumber(number).WithTitle(title).WithQuestionText(text);
            if (answered)
            {
                builder = builder.WithAnswerText("Le Gouvernement a créé un fonds d'aide aux apiculteurs.").WithKeyDate("Réponse publiée au JO le", "[3 mars 2025](#), page 1500");
            }

            File.WriteAllText(Path.Combine(_folder.Path, $"q{number}.txt"), builder.Build());
        }
    }
}
