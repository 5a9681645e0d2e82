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

    [Theory]
    [InlineData("prime Ségur")]
    [InlineData("\"fièvre catarrhale ovine\" OR FCO -bovins hôpit*")]
    [InlineData("")]
    [InlineData(null)]
    public void Refusal_WhatTheBoxOffers_None(string? input) => UserQueryParser.Refusal(input).Should().BeNull();

    [Fact]
    public void Refusal_AtTheLimits_None()
    {
        UserQueryParser.Refusal(string.Join(' ', Enumerable.Range(0, UserQueryParser.MaxClauses).Select(i => $"mot{i}"))).Should().BeNull();
        UserQueryParser.Refusal(string.Join(" OR ", Enumerable.Range(0, UserQueryParser.MaxPrefixes).Select(i => $"ab{(char)('a' + i)}*"))).Should().BeNull();
        UserQueryParser.Refusal(new string('a', UserQueryParser.MaxInputLength)).Should().BeNull();
    }

    [Fact]
    public void Refusal_TooLong_SaysHowLong() =>
        UserQueryParser.Refusal(new string('a', 1_234)).Should().Be("La recherche est trop longue : 1\u202F234 caractères ; 1\u202F000 au plus.");

    [Fact]
    public void Refusal_OrOfManyPrefixes_Refused() =>
        UserQueryParser.Refusal(string.Join(" OR ", Enumerable.Range(0, 20).Select(i => $"abc{i}*"))).Should().Be("La recherche compte 20 troncatures (mot*) ; 8 au plus.");

    [Fact]
    public void Refusal_ExcludedClausesCountToo() =>
        UserQueryParser.Refusal(string.Join(' ', Enumerable.Range(0, 33).Select(i => $"-mot{i}"))).Should().Be("La recherche compte 33 termes ou expressions ; 32 au plus.");
}
