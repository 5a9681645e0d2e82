namespace QuestionsEcrites.Data.Changes;

/// <summary>
/// Raised by whoever writes the store (the importer, after each committed batch), heard by whoever derives data
/// from it (the index follower). The writer knows nothing of its listeners: data flows one way, and what changed
/// is read back from the store's change stamps, never carried by the signal.
/// </summary>
public sealed class StoreChangeSignal
{
    public event EventHandler? Changed;

    public void Raise() => Changed?.Invoke(this, EventArgs.Empty);
}
