using QuestionsEcrites.Search.Querying;

namespace QuestionsEcrites.UnitTests.Search;

public sealed class UserQueryParserTests
{
    [Fact]
    public void Parse_Words_AllRequired()
    {
        var query = UserQueryParser.Parse("prime Ségur");

        query.Required.Should().HaveCount(2);
        query.Required.SelectMany(g => g).Should().AllSatisfy(c => c.Kind.Should().Be(UserClauseKind.Word));
    }

    [Fact]
    public void Parse_PhraseExclusionOrAndPrefix_Recognised()
    {
        var query = UserQueryParser.Parse("\"prime Ségur\" -Laforcade santé OR social établiss*");

        query.Required.Should().HaveCount(3);
        query.Required[0].Should().Equal(new UserClause(UserClauseKind.Phrase, "prime Ségur"));
        query.Required[1].Should().Equal(new UserClause(UserClauseKind.Word, "santé"), new UserClause(UserClauseKind.Word, "social"));
        query.Required[2].Should().Equal(new UserClause(UserClauseKind.Prefix, "établiss"));
        query.Excluded.Should().Equal(new UserClause(UserClauseKind.Word, "Laforcade"));
    }

    [Fact]
    public void Parse_TypographicQuotes_AreAPhrase()
    {
        UserQueryParser.Parse("« Ségur pour tous »").Required.Single().Single().Kind.Should().Be(UserClauseKind.Phrase);
    }

    [Theory]
    [InlineData("\"unbalanced quote")]
    [InlineData("((santé")]
    [InlineData("*")]
    [InlineData("AND")]
    [InlineData("OR OR OR")]
    [InlineData("- -- +")]
    [InlineData("santé:accès^2~ [a TO b] {x} \\ / !")]
    [InlineData("\u0000\u0001\u001Fsanté\u007F")]
    public void Parse_HostileInput_NeverThrows(string input)
    {
        var act = () => UserQueryParser.Parse(input);

        act.Should().NotThrow();
    }

    [Fact]
    public void Parse_VeryLongInput_CutAndBounded()
    {
        var query = UserQueryParser.Parse(string.Join(' ', Enumerable.Repeat("santé", 5_000)));

        query.Required.Count.Should().BeLessThanOrEqualTo(UserQueryParser.MaxClauses);
    }
}
