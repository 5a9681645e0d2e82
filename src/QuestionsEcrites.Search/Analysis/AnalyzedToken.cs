namespace QuestionsEcrites.Search.Analysis;

/// <summary>A term as an analyzer produced it, with its character offsets in the text and its position.</summary>
public readonly record struct AnalyzedToken(string Term, int Start, int End, int Position);
