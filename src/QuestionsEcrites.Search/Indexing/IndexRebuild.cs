namespace QuestionsEcrites.Search.Indexing;

/// <summary>
/// A rebuild in progress: documents are added to a new generation that no search sees until <see cref="Publish"/>
/// swaps it in. Disposed unpublished (an error, a cancellation), the new generation is thrown away and the live
/// one is untouched.
/// </summary>
public sealed class IndexRebuild : IDisposable
{
    private readonly QuestionIndex _owner;
    private readonly IndexGeneration _generation;
    private bool _done;

    internal IndexRebuild(QuestionIndex owner, IndexGeneration generation)
    {
        _owner = owner;
        _generation = generation;
    }

    /// <summary>Adds documents (nothing to replace in a fresh generation), analysed on every core.</summary>
    public void Add(IReadOnlyList<QuestionDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ObjectDisposedException.ThrowIf(_done, this);
        QuestionIndex.Write(_generation.Writer, documents, replace: false);
    }

    /// <summary>
    /// Merges into two segments (each query term is then looked up twice per field rather than once per segment:
    /// selective queries about twice as fast), commits with the store's stamp, and makes this generation live.
    /// </summary>
    public void Publish(long syncedUpTo)
    {
        ObjectDisposedException.ThrowIf(_done, this);
        _generation.Writer.ForceMerge(2, doWait: true);
        _generation.Commit(syncedUpTo);
        _owner.Publish(_generation);
        _done = true;
    }

    public void Dispose()
    {
        if (!_done)
        {
            _done = true;
            _owner.Abandon(_generation);
        }
    }
}
