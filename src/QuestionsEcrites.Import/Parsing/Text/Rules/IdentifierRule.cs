using System.Globalization;

namespace QuestionsEcrites.Import.Parsing.Text.Rules;

/// <summary>« Question écrite n° 1223 », with the title after it on some copies (« … n° 200 : Agriculture biologique »).</summary>
public sealed class IdentifierRule : ILineRule
{
    public bool TryRead(TextLine line, TextReadState state)
    {
        if (LinePatterns.Identifier().Match(line.Text) is not { Success: true } match)
        {
            return false;
        }

        state.EndParagraph();
        var draft = state.Draft;

        // Some copies put the title after « Question écrite n° … » rather than before it.
        state.ExpectTitle = draft.Title is null && !match.Groups["title"].Success;
        draft.Number ??= int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
        draft.Type ??= LabelledValues.TypeFromKind(match.Groups["kind"].Value);
        if (match.Groups["title"].Success && draft.Title is null)
        {
            draft.Title = match.Groups["title"].Value.Trim();
        }

        return true;
    }
}
