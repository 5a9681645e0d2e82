namespace QuestionsEcrites.Import.Parsing;

public enum DocumentFormat
{
    Text,
    Html,
    Json,

    /// <summary>The open data's XML (same schema as its JSON), read through the JSON's records.</summary>
    OpenDataXml,
}
