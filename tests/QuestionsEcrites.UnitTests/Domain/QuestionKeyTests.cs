using FluentAssertions;
using QuestionsEcrites.Domain.Questions;
using Xunit;

namespace QuestionsEcrites.UnitTests.Domain;

public sealed class QuestionKeyTests
{
    [Theory]
    [InlineData(QuestionType.QE, 17, 1223, "QANR5L17QE1223", "QE-17-1223")]
    [InlineData(QuestionType.QG, 16, 7, "QANR5L16QG7", "QG-16-7")]
    [InlineData(QuestionType.QOSD, 15, 1000, "QANR5L15QOSD1000", "QOSD-15-1000")]
    public void Key_NamesTheQuestionAsTheAssembleeAndTheIndexDo(QuestionType type, int legislature, int number, string uid, string term)
    {
        var key = new QuestionKey(type, legislature, number);

        key.Uid.Should().Be(uid);
        key.ToString().Should().Be(term);
        key.OfficialUrl.Should().Be($"https://www.assemblee-nationale.fr/dyn/{legislature}/questions/{uid}");
    }

    [Fact]
    public void Keys_AreEqualByValue()
    {
        new QuestionKey(QuestionType.QE, 17, 1).Should().Be(new QuestionKey(QuestionType.QE, 17, 1));
        new QuestionKey(QuestionType.QE, 17, 1).Should().NotBe(new QuestionKey(QuestionType.QG, 17, 1));
    }
}
