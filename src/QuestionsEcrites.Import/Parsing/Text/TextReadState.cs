namespace QuestionsEcrites.Import.Parsing.Text;

/// <summary>What the line rules share while a page is read: the draft they fill, and where in the page they are.</summary>
public sealed class TextReadState
{
    private readonly List<string> _looseParagraphs = [];
    private readonly List<string> _currentParagraph = [];

    public QuestionDraft Draft { get; } = new();

    public PageSection Section { get; set; } = PageSection.None;

    /// <summary>A label met without its value (« Auteur » alone): the next line is its value, unless it is structural.</summary>
    public LabelField PendingLabel { get; set; } = LabelField.Unknown;

    /// <summary>The line after the legislature or the question's number may be the title.</summary>
    public bool ExpectTitle { get; set; }

    public bool SawKeyData { get; set; }

    /// <summary>Paragraphs met outside any section: the question's text when the page has no heading for it.</summary>
    public IReadOnlyList<string> LooseParagraphs => _looseParagraphs;

    public void AddToParagraph(string line) => _currentParagraph.Add(line);

    /// <summary>Ends the paragraph being read; its lines, joined, go to the current section.</summary>
    public void EndParagraph()
    {
        if (_currentParagraph.Count == 0)
        {
            return;
        }

        var paragraph = string.Join(' ', _currentParagraph);
        _currentParagraph.Clear();
        (Section switch
        {
            PageSection.Question => Draft.QuestionParagraphs,
            PageSection.Answer => Draft.AnswerParagraphs,
            _ => _looseParagraphs,
        }).Add(paragraph);
    }

    /// <summary>The section a heading opens; none for a lone « Date » inside the key data (a label of the 2025 layout).</summary>
    public PageSection? HeadingSection(string key) =>
        Section == PageSection.KeyData && key is "date" or "dates" ? null : LabelVocabulary.HeadingSection(key);

    /// <summary>A line that opens something (a heading, the question's number, a known label): never a value.</summary>
    public bool IsStructural(TextLine line) =>
        HeadingSection(line.Key) is not null || LinePatterns.Identifier().IsMatch(line.Text)
        || (LinePatterns.Label().Match(line.Text) is { Success: true } label && LabelVocabulary.Classify(LabelVocabulary.Key(label.Groups["label"].Value)) != LabelField.Unknown);
}

/// <summary>
/// One cleaned line of a page, with its folded key (<see cref="LabelVocabulary.Key"/>) computed on first use and
/// kept: most lines are paragraphs that no rule asks the key of, and folding a long paragraph is most of the cost.
/// </summary>
public sealed class TextLine(string text)
{
    private string? _key;

    public string Text { get; } = text;

    public string Key => _key ??= LabelVocabulary.Key(Text.TrimEnd(':', ' '));
}
