namespace QuestionsEcrites.Import.Parsing.Text.Rules;

/// <summary>
/// « Auteur » on one line and its value on the next (pages copied without their colons), unless the next line is
/// itself structural: then the first label simply had no value.
/// </summary>
public sealed class PendingLabelRule : ILineRule
{
    public bool TryRead(TextLine line, TextReadState state)
    {
        if (state.PendingLabel == LabelField.Unknown)
        {
            return false;
        }

        var field = state.PendingLabel;
        state.PendingLabel = LabelField.Unknown;
        if (state.IsStructural(line))
        {
            return false;
        }

        LabelledValues.Apply(field, line.Text, state.Draft);
        return true;
    }
}
