using System.Globalization;

namespace QuestionsEcrites.Import.Parsing.Text.Rules;

/// <summary>« 17ème législature »: the first one counts; the title may follow.</summary>
public sealed class LegislatureRule : ILineRule
{
    public bool TryRead(TextLine line, TextReadState state)
    {
        if (state.Draft.Legislature is not null || LinePatterns.Legislature().Match(line.Text) is not { Success: true } match)
        {
            return false;
        }

        state.EndParagraph();
        state.Draft.Legislature = int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
        state.ExpectTitle = state.Draft.Title is null;
        return true;
    }
}
