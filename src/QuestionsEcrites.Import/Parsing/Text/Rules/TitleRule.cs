namespace QuestionsEcrites.Import.Parsing.Text.Rules;

/// <summary>The line after the legislature (or the number) is the title, if it reads like one: short, no final full stop.</summary>
public sealed class TitleRule : ILineRule
{
    /// <summary>Longer than this, a line after the legislature is the question's first paragraph, not its title.</summary>
    private const int MaxTitleLength = 300;

    public bool TryRead(TextLine line, TextReadState state)
    {
        var text = line.Text;
        if (state.ExpectTitle && state.Draft.Title is null && state.Section == Labels.PageSection.None && text.Length <= MaxTitleLength && !text.EndsWith('.'))
        {
            state.Draft.Title = text.TrimEnd('.').Trim();
            state.ExpectTitle = false;
            return true;
        }

        // Whatever comes next, the chance of a title has passed.
        state.ExpectTitle = false;
        return false;
    }
}
