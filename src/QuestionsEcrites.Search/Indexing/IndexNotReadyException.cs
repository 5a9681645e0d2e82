namespace QuestionsEcrites.Search.Indexing;

/// <summary>No complete index exists yet: it is being built from the store (searches cannot be served meanwhile).</summary>
public sealed class IndexNotReadyException() : Exception("L'index de recherche est en cours de construction.");
