namespace QuestionsEcrites.Import.Parsing.Text.Rules;

/// <summary>« Texte de la question », « Texte de la réponse », « Données clés »: opens a section.</summary>
public sealed class HeadingRule : ILineRule
{
    public bool TryRead(TextLine line, TextReadState state)
    {
        // A heading never ends a sentence: « Réponse. » alone is a paragraph, not the answer's heading.
        if (line.Text.EndsWith('.') || state.HeadingSection(line.Key) is not { } section)
        {
            return false;
        }

        state.EndParagraph();
        state.Section = section;
        state.ExpectTitle = false;
        state.SawKeyData |= section == PageSection.KeyData;
        state.Draft.AnswerAnnounced |= section == PageSection.Answer;
        return true;
    }
}
