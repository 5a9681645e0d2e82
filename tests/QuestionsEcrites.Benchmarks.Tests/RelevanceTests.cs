using QuestionsEcrites.Benchmarks.Relevance;
using QuestionsEcrites.Domain.Questions;

namespace QuestionsEcrites.Benchmarks.Tests;

/// <summary>
/// The relevance harness: its judgments file, its measures computed by hand, and the small run that guards the
/// search's quality in CI (the full run at 100,000 distractors is a benchmark, its figures in the benchmarks README).
/// </summary>
public sealed class RelevanceTests : WorkFolderTests
{
    /// <summary>Below this success@3 on the judged set among 3,000 distractors, a change made the search worse.</summary>
    private const double SuccessAt3Floor = 0.90;

    private static readonly string JudgmentsPath = Path.Combine(AppContext.BaseDirectory, "Relevance", "judgments.txt");

    private static QuestionKey Key(int number) => new(QuestionType.QE, 17, number);

    [Fact]
    public void JudgmentsFile_AtLeastSixtyQueries_EveryKind_EachWithItsReason()
    {
        var judged = JudgmentFile.Read(JudgmentsPath);

        judged.Count(q => q.Kind != JudgmentFile.Generic).Should().BeGreaterThanOrEqualTo(60);
        judged.Select(q => q.Kind).Distinct().Should().BeEquivalentTo(JudgmentFile.Kinds);
        judged.Should().OnlyContain(q => q.Why.Length > 10 && q.Relevant.Count > 0);
        judged.Count(q => q.Relevant.Count > 1).Should().BeGreaterThanOrEqualTo(5, "queries where several questions are relevant");
    }

    [Fact]
    public void Parse_Block_ReadsKindQueryGradesAndReason()
    {
        var judged = JudgmentFile.Parse(
            """
            # 17/1 defines the acronym;
            # 17/2 only uses it.
            kind: sigle
            q: FCO
            r: 17/1, 17/2:1

            # second
            kind: faute
            q: frelon asiatque
            r: 16/200
            """,
            "j.txt");

        judged.Should().HaveCount(2);
        judged[0].Should().BeEquivalentTo(new
        {
            Line = 1,
            Kind = "sigle",
            Query = "FCO",
            Why = "17/1 defines the acronym; 17/2 only uses it.",
        });
        judged[0].Relevant.Should().Equal(new Judgment(Key(1), 2), new Judgment(Key(2), 1));
        judged[1].Line.Should().Be(7);
        judged[1].Relevant.Should().Equal(new Judgment(new QuestionKey(QuestionType.QE, 16, 200), 2));
    }

    [Theory]
    [InlineData("# why\nkind: inconnu\nq: a\nr: 17/1", "j.txt:2 : kind « inconnu » inconnu")]
    [InlineData("kind: sigle\nq: a\nr: 17/1", "j.txt:1 : la requête « a » n'a pas de commentaire")]
    [InlineData("# why\nkind: sigle\nq: a", "j.txt:1 : bloc incomplet")]
    [InlineData("# why\nkind: sigle\nq: a\nr: 17-1", "j.txt:4 : « 17-1 » n'est pas une question jugée")]
    [InlineData("# why\nkind: sigle\nq: a\nr: 17/1:3", "j.txt:4 : « 17/1:3 » n'est pas une question jugée")]
    [InlineData("# why\nkind: sigle\nq: a\nr: 17/1\n\n# again\nkind: faute\nq: a\nr: 17/2", "j.txt:6 : la requête « a » est jugée deux fois")]
    [InlineData("# why\nkind: sigle\nquery: a\nr: 17/1", "j.txt:3 : ligne inattendue")]
    public void Parse_MalformedBlock_RefusedWithFileAndLine(string text, string message)
    {
        var parse = () => JudgmentFile.Parse(text, "j.txt");

        parse.Should().Throw<FormatException>().WithMessage(message + "*");
    }

    [Fact]
    public void Score_WantedRankIsTheFirstTopGradeQuestion_NdcgByHand()
    {
        var judged = new JudgedQuery(1, "plusieurs", "q", [new Judgment(Key(1), 2), new Judgment(Key(2), 1)], "why");

        var outcome = RelevanceMetrics.Score(judged, [Key(9), Key(2), Key(1)], totalHits: 3);

        outcome.WantedRank.Should().Be(3, "17/2 is only « also relevant »");
        outcome.SuccessAt(1).Should().BeFalse();
        outcome.SuccessAt(3).Should().BeTrue();
        outcome.ReciprocalRank.Should().BeApproximately(1 / 3.0, 1e-12);
        // DCG = (2^1-1)/log2(3) + (2^2-1)/log2(4) = 0.6309 + 1.5; ideal = 3/log2(2) + 1/log2(3) = 3.6309.
        outcome.Ndcg10.Should().BeApproximately((1 / Math.Log2(3) + 1.5) / (3 + 1 / Math.Log2(3)), 1e-12);
    }

    [Fact]
    public void Score_NothingRelevantReturned_ZeroEverywhere()
    {
        var judged = new JudgedQuery(1, "faute", "q", [new Judgment(Key(1), 2)], "why");

        var outcome = RelevanceMetrics.Score(judged, [Key(5), Key(6)], totalHits: 2);
        var summary = RelevanceSummary.Of([outcome, RelevanceMetrics.Score(judged, [Key(1)], 1)]);

        outcome.WantedRank.Should().BeNull();
        outcome.Ndcg10.Should().Be(0);
        summary.Should().Be(new RelevanceSummary(2, 0.5, 0.5, 0.5, 0.5));
    }

    [Fact]
    public async Task Relevance_JudgedSetAmongThreeThousandDistractors_AboveTheFloor()
    {
        var output = new StringWriter();
        var json = Path.Combine(Work.Path, "relevance.json");

        var exit = await BenchmarkCli.RunAsync(
            ["relevance", "--distractors", "3000", "--work", Work.Path, "--json", json, "--min-success3", SuccessAt3Floor.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            output,
            TextWriter.Null,
            CancellationToken.None);

        exit.Should().Be(0, output.ToString());
        output.ToString().Should().Contain("| **toutes** (hors génériques) |");
        File.Exists(json).Should().BeTrue();
    }
}
