using QuestionsEcrites.Import.Parsing.Text.Rules;

namespace QuestionsEcrites.Import.Parsing.Text;

/// <summary>
/// Reads the seed text format, a page of the Assemblée's site copied as text or markdown, line by line through a
/// list of rules (one construct each, first match wins), into a <see cref="QuestionDraft"/>; the draft is then
/// built like every other format's. Pure: text in, a <see cref="ParseResult{T}"/> out.
/// </summary>
public static class TextQuestionParser
{
    /// <summary>The rules in the order they are tried; <see cref="ParagraphRule"/> takes whatever is left.</summary>
    private static readonly ILineRule[] Rules =
    [
        new PendingLabelRule(),
        new SiteNameRule(),
        new HeadingRule(),
        new LegislatureRule(),
        new IdentifierRule(),
        new LabelRule(),
        new OlderAuthorRule(),
        new TitleRule(),
        new KeyDataNoiseRule(),
        new ParagraphRule(),
    ];

    public static ParseResult<ParsedQuestion> Parse(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (string.IsNullOrWhiteSpace(content))
        {
            return ParseResult<ParsedQuestion>.Failure("document vide");
        }

        return ParseLines(InlineText.NormalizeDocument(content).Split('\n'));
    }

    /// <summary>
    /// Reads raw lines (markdown and HTML artefacts still in them, blank lines ending paragraphs): the text
    /// format's lines, or the text blocks of an older HTML page, which has the same labels and headings.
    /// </summary>
    public static ParseResult<ParsedQuestion> ParseLines(IEnumerable<string> rawLines)
    {
        ArgumentNullException.ThrowIfNull(rawLines);
        var state = new TextReadState();
        foreach (var rawLine in rawLines)
        {
            ReadLine(rawLine, state);
        }

        state.EndParagraph();
        var draft = state.Draft;
        if (draft.Legislature is null && draft.Number is null && draft.KeyDataNumber is null && !state.SawKeyData)
        {
            return ParseResult<ParsedQuestion>.Failure(
                "ce document n'est pas une question : ni législature, ni « Question écrite n° … », ni « Données clés »",
                draft.Warnings);
        }

        // Without explicit headings, the paragraphs between the title and the key data are the question.
        if (draft.QuestionParagraphs.Count == 0)
        {
            draft.QuestionParagraphs.AddRange(state.LooseParagraphs);
        }

        return QuestionDraftBuilder.Build(draft, DraftRules.Page);
    }

    /// <summary>Cleans one raw line and gives it to the first rule that takes it (a blank line ends the paragraph).</summary>
    internal static void ReadLine(string rawLine, TextReadState state)
    {
        var line = InlineText.Clean(rawLine);
        if (line.Length == 0)
        {
            state.EndParagraph();
            return;
        }

        var textLine = new TextLine(line);
        foreach (var rule in Rules)
        {
            if (rule.TryRead(textLine, state))
            {
                return;
            }
        }
    }
}
