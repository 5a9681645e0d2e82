using System.Text.Json.Nodes;
using QuestionsEcrites.IntegrationTests.Infrastructure;

namespace QuestionsEcrites.IntegrationTests.Statistics;

/// <summary><c>/api/questions/{leg}/{n}</c>: the export object, then the uid and the clock (today: 23 November 2026).</summary>
public sealed class QuestionClockApiTests(AccountabilityApp fixture) : IClassFixture<AccountabilityApp>
{
    private async Task<JsonObject> GetAsync(string url)
    {
        using var client = fixture.App.CreateClient();
        return JsonNode.Parse(await client.GetStringAsync(new Uri(url, UriKind.Relative)))!.AsObject();
    }

    [Fact]
    public async Task AnsweredLate_DueDateDelayNotOnTime()
    {
        var q = await GetAsync("/api/questions/17/13");

        q["uid"]!.GetValue<string>().Should().Be("QANR5L17QE13");
        q["dueOn"]!.GetValue<string>().Should().Be("2026-03-15");
        q["delayDays"]!.GetValue<int>().Should().Be(95);
        q["answeredOnTime"]!.GetValue<bool>().Should().BeFalse();
        q["overdueDays"].Should().BeNull();
        q["ministryAssigned"]!.GetValue<string>().Should().Be("Travail");
        q.Select(p => p.Key).Take(4).Should().Equal(["uid", "legislature", "number", "type"], "the export object comes first, as before");
    }

    [Fact]
    public async Task PendingOverdue_OverdueDays()
    {
        var q = await GetAsync("/api/questions/17/6");

        q["dueOn"]!.GetValue<string>().Should().Be("2026-05-05");
        q["overdueDays"]!.GetValue<int>().Should().Be(202);
        q["delayDays"].Should().BeNull();
        q["answeredOnTime"].Should().BeNull();
    }

    [Theory]
    [InlineData(9, "2026-08-11", true)]
    [InlineData(10, "2026-09-11", false)]
    [InlineData(11, "2026-11-30", null)]
    public async Task Signalee_TenDayDueDateAndOutcome(int number, string due, bool? inTime)
    {
        var q = await GetAsync($"/api/questions/17/{number}");

        q["signaledDueOn"]!.GetValue<string>().Should().Be(due);
        ((bool?)q["signaledAnsweredInTime"]?.GetValue<bool>()).Should().Be(inTime, "null while the ten days run");
    }
}
