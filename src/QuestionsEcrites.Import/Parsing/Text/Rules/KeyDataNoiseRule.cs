namespace QuestionsEcrites.Import.Parsing.Text.Rules;

/// <summary>A line of the key data that no label rule took: noted as a warning, never taken as text.</summary>
public sealed class KeyDataNoiseRule : ILineRule
{
    public bool TryRead(TextLine line, TextReadState state)
    {
        if (state.Section != PageSection.KeyData)
        {
            return false;
        }

        state.Draft.Warnings.Add($"ligne non reconnue dans les données clés : « {LabelledValues.Quote(line.Text)} »");
        return true;
    }
}
