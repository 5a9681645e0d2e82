using System.Net;
using System.Text.Json.Nodes;
using QuestionsEcrites.IntegrationTests.Infrastructure;
using QuestionsEcrites.Testing;

namespace QuestionsEcrites.IntegrationTests.Statistics;

/// <summary>
/// <c>/api/statistiques/ministeres</c> against <see cref="AccountabilityFixture"/>, every figure computed by hand
/// from the fixture's comments (today: 23 November 2026).
/// </summary>
public sealed class MinistryStatisticsApiTests(AccountabilityApp fixture) : IClassFixture<AccountabilityApp>
{
    private async Task<(HttpStatusCode Status, JsonNode? Body)> GetAsync(string url)
    {
        using var client = fixture.App.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    private static JsonNode Item(JsonNode body, string ministry) =>
        body["items"]!.AsArray().Single(i => i!["ministry"]!.GetValue<string>() == ministry)!;

    private static object?[] Figures(JsonNode item) =>
    [
        item["questions"]!.GetValue<int>(), item["answered"]!.GetValue<int>(), item["answeredOnTime"]!.GetValue<int>(),
        item["medianDays"]?.GetValue<int>(), item["pending"]!.GetValue<int>(), item["overdue"]!.GetValue<int>(),
        item["closedUnanswered"]!.GetValue<int>(), item["signaled"]!.GetValue<int>(), item["signaledAnsweredInTime"]!.GetValue<int>(),
        item["undated"]!.GetValue<int>(), item["dueOrAnswered"]!.GetValue<int>(), item["signaledDecided"]!.GetValue<int>(),
    ];

    [Fact]
    public async Task Ministries_AllQuestions_FiguresAsComputedByHand()
    {
        var (status, body) = await GetAsync("/api/statistiques/ministeres");

        status.Should().Be(HttpStatusCode.OK);
        body!["asOf"]!.GetValue<string>().Should().Be("2026-11-23");

        // Santé: 11 dated (1–11) and the undated 12. Answered 1,2,3,4,5,9; on time 1,2,3,5. Known outcome: the six
        // answered, and 6, 8, 10 past their due date (7 and 11 are not yet due). Delays 41,59,59,60,60,68: median
        // (59+60)/2 rounded = 60. Pending 6,7,10,11; overdue 6,10. Closed unanswered 8. Signalées 9 (kept),
        // 10 (missed), 11 (not yet known).
        Figures(Item(body, AccountabilityFixture.Sante)).Should().Equal(11, 6, 4, 60, 4, 2, 1, 3, 1, 1, 9, 2);
        Item(body, AccountabilityFixture.Sante)["oldestOverdue"]!.ToJsonString().Should().Be("""{"legislature":17,"number":6,"dueOn":"2026-05-05","days":202}""");

        // Travail: 13 (reassigned from Santé) to 22. Answered 13,17,21,22; on time 17,22. Known outcome: those four,
        // and 14,15,18,20 overdue and 16 closed past its due date (19 is due today). Delays 95,14,70,22: median
        // (22+70)/2 = 46. Pending 14,15,18,19,20; overdue 14,15,18,20. Signalée 21 kept on its tenth day.
        Figures(Item(body, AccountabilityFixture.Travail)).Should().Equal(10, 4, 2, 46, 5, 4, 1, 1, 1, 0, 9, 1);
        Item(body, AccountabilityFixture.Travail)["oldestOverdue"]!["days"]!.GetValue<int>().Should().Be(304);

        // Intérieur: 23–30. Answered 23,24,25,27,28; on time 23,25,28. Known: those five, 26 (closed past due),
        // 29, 30. Delays 61,62,60,66,13: median 61. Overdue 29 (115 days), 30. Signalée 27 missed.
        Figures(Item(body, AccountabilityFixture.Interieur)).Should().Equal(8, 5, 3, 61, 2, 2, 1, 1, 0, 0, 8, 1);
        Item(body, AccountabilityFixture.Interieur)["oldestOverdue"]!["days"]!.GetValue<int>().Should().Be(115);

        // Armées: one question, not yet due: no known outcome, no median, no oldest overdue.
        var armees = Item(body, AccountabilityFixture.Armees);
        Figures(armees).Should().Equal(1, 0, 0, null, 1, 0, 0, 0, 0, 0, 0, 0);
        armees["oldestOverdue"].Should().BeNull();
        armees["slug"]!.GetValue<string>().Should().Be("armees");
    }

    [Fact]
    public async Task Ministries_DefaultOrder_MostQuestionsFirst()
    {
        var (_, body) = await GetAsync("/api/statistiques/ministeres");

        body!["items"]!.AsArray().Select(i => i!["ministry"]!.GetValue<string>()).Should()
            .Equal(AccountabilityFixture.Sante, AccountabilityFixture.Travail, AccountabilityFixture.Interieur, AccountabilityFixture.Armees);
    }

    [Fact]
    public async Task Ministries_Legislature17_OthersLeftOut()
    {
        var (_, body) = await GetAsync("/api/statistiques/ministeres?legislature=17");

        // Santé without 5 (16th): answered 1,2,3,4,9; on time 1,2,3; known 8; delays 41,59,59,60,68: median 59.
        // The undated 12 is of the 17th and still counted apart.
        Figures(Item(body!, AccountabilityFixture.Sante)).Should().Equal(10, 5, 3, 59, 4, 2, 1, 3, 1, 1, 8, 2);

        // Travail without 16 and 22 (16th): answered 13,17,21; on time 17; known 13,17,21,14,15,18,20; delays 95,14,70: median 70.
        Figures(Item(body!, AccountabilityFixture.Travail)).Should().Equal(8, 3, 1, 70, 5, 4, 0, 1, 1, 0, 7, 1);
    }

    [Fact]
    public async Task Ministries_PublicationWindow_OnlyQuestionsPublishedInIt()
    {
        var (_, body) = await GetAsync("/api/statistiques/ministeres?du=2026-01-01&au=2026-06-30");

        // Santé: 1, 2, 6, 8, 9, 10 (the undated 12 is outside any window). Answered 1,2,9; on time 1,2; known:
        // those three, 6, 8, 10. Delays 41,59,68: median 59. Pending 6,10, both overdue. Signalées 9 kept, 10 missed.
        Figures(Item(body!, AccountabilityFixture.Sante)).Should().Equal(6, 3, 2, 59, 2, 2, 1, 2, 1, 0, 6, 2);

        // Travail: only 13. Intérieur: 23, 24, 26, 29, 30. Armées: none, so it is not listed.
        Figures(Item(body!, AccountabilityFixture.Travail)).Should().Equal(1, 1, 0, 95, 0, 0, 0, 0, 0, 0, 1, 0);
        Figures(Item(body!, AccountabilityFixture.Interieur)).Should().Equal(5, 2, 1, 62, 2, 2, 1, 0, 0, 0, 5, 0);
        body!["items"]!.AsArray().Should().HaveCount(3);
    }

    [Fact]
    public async Task Ministries_SortedByOnTimeRate_BestFirstUnknownLast()
    {
        var (_, body) = await GetAsync("/api/statistiques/ministeres?tri=taux-dans-le-delai");

        // Santé 4/9 = 44 %, Intérieur 3/8 = 37.5 %, Travail 2/9 = 22 %, Armées no rate.
        body!["items"]!.AsArray().Select(i => i!["ministry"]!.GetValue<string>()).Should()
            .Equal(AccountabilityFixture.Sante, AccountabilityFixture.Interieur, AccountabilityFixture.Travail, AccountabilityFixture.Armees);

        var (_, ascending) = await GetAsync("/api/statistiques/ministeres?tri=taux-dans-le-delai&ordre=asc");
        ascending!["items"]!.AsArray().Select(i => i!["ministry"]!.GetValue<string>()).Should()
            .Equal(AccountabilityFixture.Travail, AccountabilityFixture.Interieur, AccountabilityFixture.Sante, AccountabilityFixture.Armees);
    }

    [Theory]
    [InlineData("?legislature=0", "legislature")]
    [InlineData("?legislature=31", "legislature")]
    [InlineData("?legislature=dix-sept", "legislature")]
    [InlineData("?du=2026-02-30", "du")]
    [InlineData("?au=hier", "au")]
    [InlineData("?du=2026-06-01&au=2026-01-01", "du")]
    [InlineData("?tri=popularite", "tri")]
    [InlineData("?ordre=haut", "ordre")]
    public async Task Ministries_BadParameter_FrenchProblemNamingIt(string query, string parameter)
    {
        var (status, body) = await GetAsync("/api/statistiques/ministeres" + query);

        status.Should().Be(HttpStatusCode.BadRequest);
        body!["errors"]![parameter]!.GetValue<string>().Should().Contain($"« {parameter} »");
    }
}
