using Microsoft.EntityFrameworkCore;
using QuestionsEcrites.Testing;
using QuestionsEcrites.Web.Pages;

namespace QuestionsEcrites.IntegrationTests.Web;

/// <summary>The home page's lists read from the end of an index: the same lists as a sort of the whole table would give.</summary>
public sealed class LatestQuestionsQueryTests : StoreTestBase
{
    [Fact]
    public async Task LatestAnswers_NewerAnswersOfOtherTypesAndTies_WrittenQuestionsInTheListsOrder()
    {
        // Fifty questions au Gouvernement answered last, then fifteen written questions answered the same day (a
        // tie broken by number), then older ones: the index of answer dates must be widened past the first reads.
        for (var n = 1; n <= 50; n++)
        {
            Folder.Write($"qg/{n}.txt", Answered(n, $"{1 + (n % 28)} juin 2025").WithIdentifierLine($"Question au Gouvernement n° {n}")
                .WithKeyData("Type de question", "Question au Gouvernement").Build());
        }

        for (var n = 100; n < 115; n++)
        {
            Folder.Write($"qe/{n}.txt", Answered(n, "2 mai 2025").Build());
        }

        for (var n = 200; n < 210; n++)
        {
            Folder.Write($"old/{n}.txt", Answered(n, $"{n - 195} janvier 2025").Build());
        }

        var report = await Store.ImportFromAsync(Folder.Path, Folder.Path);
        report.Rejected.Should().BeEmpty();
        await using var db = Store.CreateDbContext();
        (await db.Questions.CountAsync(q => q.Type == QuestionsEcrites.Domain.Questions.QuestionType.QG)).Should().Be(50);

        var latest = await new LatestQuestionsQuery(db).GetLatestAnswersAsync(10, CancellationToken.None);

        latest.Select(i => i.Number).Should().Equal(114, 113, 112, 111, 110, 109, 108, 107, 106, 105);
        (await new LatestQuestionsQuery(db).GetLatestAnswersAsync(30, CancellationToken.None)).Select(i => i.Number)
            .Should().Equal([.. Enumerable.Range(100, 15).Reverse(), .. Enumerable.Range(200, 10).Reverse()], "fewer than asked: every answered written question");
    }

    [Fact]
    public async Task LatestAnswers_NoAnswer_Empty()
    {
        await Store.ImportFromAsync(Folder.Path, Folder.Write("q.txt", new QuestionDocumentBuilder().WithNumber(1).Build()));
        await using var db = Store.CreateDbContext();

        (await new LatestQuestionsQuery(db).GetLatestAnswersAsync(10, CancellationToken.None)).Should().BeEmpty();
    }

    private static QuestionDocumentBuilder Answered(int number, string date) => new QuestionDocumentBuilder().WithNumber(number)
        .WithAnswerText("Le Gouvernement répond.").WithKeyDate("Réponse publiée au JO le", $"[{date}](#), page 1500");
}
