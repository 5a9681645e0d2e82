using System.Text.RegularExpressions;

namespace QuestionsEcrites.Import.Parsing.Text.Rules;

/// <summary>
/// What is left is text: lines join into a paragraph until a blank line; each item of a list (« - », « 1) ») is a
/// paragraph of its own, not merged with its neighbours. Takes every line: it comes last.
/// </summary>
public sealed partial class ParagraphRule : ILineRule
{
    public bool TryRead(TextLine line, TextReadState state)
    {
        if (ListItemPattern().IsMatch(line.Text))
        {
            state.EndParagraph();
            state.AddToParagraph(line.Text);
            state.EndParagraph();
            return true;
        }

        state.AddToParagraph(line.Text);
        return true;
    }

    [GeneratedRegex(@"^(?:[-–•] |[0-9]{1,2}[.)] )")]
    private static partial Regex ListItemPattern();
}
