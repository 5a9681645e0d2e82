namespace QuestionsEcrites.Indexing;

/// <summary>Where the index stands after a catch-up.</summary>
public enum IndexState
{
    /// <summary>The index holds everything the store held when the catch-up was asked for.</summary>
    Updated,

    /// <summary>Another process (the running site) owns the index; it indexes the new questions on its next check.</summary>
    HeldByAnotherProcess,
}
