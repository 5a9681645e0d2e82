using QuestionsEcrites.Import.Deputies;

namespace QuestionsEcrites.Import.Parsing;

/// <summary>What one document holds: a question (with its errors and warnings), or deputies (or why not).</summary>
public sealed record ParsedContent(ParseResult<ParsedQuestion>? Question, IReadOnlyList<ParsedDeputy> Deputies, string? DeputiesError);
