namespace QuestionsEcrites.Import.Parsing;

public enum DocumentFormat
{
    Text,
    Html,
    Json,
}
