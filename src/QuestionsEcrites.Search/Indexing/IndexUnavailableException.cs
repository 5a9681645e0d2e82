namespace QuestionsEcrites.Search.Indexing;

/// <summary>The index folder is held by another process (the running site holds the one writer).</summary>
public sealed class IndexUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
