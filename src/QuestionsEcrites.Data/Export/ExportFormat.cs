namespace QuestionsEcrites.Data.Export;

public enum ExportFormat
{
    Json,
    Csv,
}
