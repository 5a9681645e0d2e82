using System.Text.RegularExpressions;

namespace QuestionsEcrites.Import.Parsing.Text.Rules;

/// <summary>The older site's author line: « de Mme Anne Martin ( Renaissance - Nord ) », the group before the department.</summary>
public sealed partial class OlderAuthorRule : ILineRule
{
    public bool TryRead(TextLine line, TextReadState state)
    {
        var draft = state.Draft;
        if (draft.Author is not null || state.Section != PageSection.None || OlderAuthorPattern().Match(line.Text) is not { Success: true } older)
        {
            return false;
        }

        state.EndParagraph();
        state.ExpectTitle = false;
        draft.Author = AuthorLines.ReadAuthor(older.Groups["name"].Value.Trim());
        draft.Group ??= AuthorLines.NullIfEmpty(older.Groups["group"].Value);
        if (AuthorLines.NullIfEmpty(older.Groups["department"].Value) is { } department)
        {
            draft.Circonscription ??= AuthorLines.ReadCirconscription(department);
        }

        return true;
    }

    [GeneratedRegex(@"^de\s+(?<name>(?:M\.|Mme|Mlle)\s+[^()]+?)\s*\(\s*(?<group>[^()]*?)\s+[-–—]\s+(?<department>[^()]*?)\s*\)$")]
    private static partial Regex OlderAuthorPattern();
}
