namespace QuestionsEcrites.Import.Parsing;

/// <summary>What a parser made of one document: the value when it could, and French messages for the user.</summary>
public sealed record ParseResult<T>(T? Value, IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings)
    where T : class
{
    public bool Succeeded => Value is not null && Errors.Count == 0;

    public static ParseResult<T> Failure(string error, IReadOnlyList<string>? warnings = null) =>
        new(null, [error], warnings ?? []);
}
