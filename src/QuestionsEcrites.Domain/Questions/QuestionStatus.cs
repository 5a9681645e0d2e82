namespace QuestionsEcrites.Domain.Questions;

public enum QuestionStatus
{
    Pending,
    Answered,
    Closed,
}
