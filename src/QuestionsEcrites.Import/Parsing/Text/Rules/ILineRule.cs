namespace QuestionsEcrites.Import.Parsing.Text.Rules;

/// <summary>
/// One construct of a page's text (a heading, the legislature, a label…), tried in order on each non-empty line:
/// the first rule that takes the line reads it (in the spirit of Markdig's block parsers).
/// </summary>
public interface ILineRule
{
    bool TryRead(TextLine line, TextReadState state);
}
