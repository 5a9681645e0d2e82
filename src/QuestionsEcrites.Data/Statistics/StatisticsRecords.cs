namespace QuestionsEcrites.Data.Statistics;

// The figures of the home page and the directories; one schema of records, kept together.

/// <summary>The home page's key figures over all written questions.</summary>
public sealed record KeyFigures(int Questions, int Answered, int? MedianDaysToAnswer)
{
    public double AnsweredShare => Questions == 0 ? 0 : (double)Answered / Questions;
}

/// <summary>A rubrique's or ministry's figures.</summary>
public sealed record LookupStatistics(string Name, string Slug, int Questions, int Answered, int? MedianDaysToAnswer)
{
    public double AnsweredShare => Questions == 0 ? 0 : (double)Answered / Questions;
}

public sealed record DeputyStatistics(
    string Name,
    string Slug,
    string? Civility,
    int Legislature,
    string? Group,
    string? GroupSlug,
    string? Department,
    int? Circonscription,
    int Questions,
    int Answered)
{
    public string DisplayName => Domain.Questions.Author.DisplayNameOf(Civility, Name);

    public double AnsweredShare => Questions == 0 ? 0 : (double)Answered / Questions;
}
