namespace QuestionsEcrites.Data;

public static class DataOptions
{
    public const string ConnectionStringName = "Questions";

    public const string DefaultConnectionString = "Data Source=App_Data/questions.db";
}
