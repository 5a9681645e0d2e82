using System.Text;

namespace QuestionsEcrites.Testing;

/// <summary>
/// Writes a question document in the seed text format, plain or markdown, with any line changed: the small
/// documents of the variant and importer tests.
/// </summary>
public sealed class QuestionDocumentBuilder
{
    private readonly List<KeyValuePair<string, string>> _keyData =
    [
        new("Auteur", "[M. Jean Dupont](#)"),
        new("Circonscription", "Gironde (2^e circonscription) - Les Démocrates"),
        new("Type de question", "Question écrite"),
        new("Numéro de la question", "42"),
        new("Rubrique", "Santé"),
        new("Ministère interrogé", "[Santé et accès aux soins](#)"),
        new("Ministère attributaire", "[Santé et accès aux soins](#)"),
    ];

    private readonly List<KeyValuePair<string, string>> _keyDates =
    [
        new("Question publiée au JO le", "[14 janvier 2025](#), page 120"),
    ];

    private string _legislatureLine = "17ème législature";
    private string? _title = "Accès aux soins dans les territoires ruraux";
    private string _identifierLine = "Question écrite n° 42";
    private string[] _questionParagraphs = ["M. Jean Dupont attire l'attention de Mme la ministre sur l'accès aux soins. Il lui demande ce qu'elle compte faire."];
    private string[]? _answerParagraphs;
    private string _keyDatesHeading = "Date(s) clé(s)";
    private bool _markdown;

    public QuestionDocumentBuilder WithNumber(int number)
    {
        _identifierLine = $"Question écrite n° {number}";
        return WithKeyData("Numéro de la question", number.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public QuestionDocumentBuilder WithLegislatureLine(string line)
    {
        _legislatureLine = line;
        return this;
    }

    public QuestionDocumentBuilder WithTitle(string? title)
    {
        _title = title;
        return this;
    }

    public QuestionDocumentBuilder WithIdentifierLine(string line)
    {
        _identifierLine = line;
        return this;
    }

    public QuestionDocumentBuilder WithQuestionText(params string[] paragraphs)
    {
        _questionParagraphs = paragraphs;
        return this;
    }

    public QuestionDocumentBuilder WithAnswerText(params string[] paragraphs)
    {
        _answerParagraphs = paragraphs;
        return this;
    }

    public QuestionDocumentBuilder WithKeyDatesHeading(string heading)
    {
        _keyDatesHeading = heading;
        return this;
    }

    /// <summary>Sets (or adds) a « Données clés » line.</summary>
    public QuestionDocumentBuilder WithKeyData(string label, string value) => Set(_keyData, label, value);

    public QuestionDocumentBuilder WithoutKeyData(string label) => Remove(_keyData, label);

    /// <summary>Sets (or adds) a « Date(s) clé(s) » line.</summary>
    public QuestionDocumentBuilder WithKeyDate(string label, string value) => Set(_keyDates, label, value);

    public QuestionDocumentBuilder WithoutKeyDate(string label) => Remove(_keyDates, label);

    /// <summary>Markdown headings and bold labels, as in seed 003.</summary>
    public QuestionDocumentBuilder AsMarkdown()
    {
        _markdown = true;
        return this;
    }

    public string Build()
    {
        var heading = _markdown ? "# " : string.Empty;
        var section = _markdown ? "## " : string.Empty;
        var text = new StringBuilder("\n\n\n\n");
        text.Append(heading).Append("ASSEMBLÉE NATIONALE\n\n");
        text.Append(_legislatureLine).Append("\n\n");
        if (_title is not null)
        {
            text.Append(_title).Append("\n\n");
        }

        text.Append(_identifierLine).Append("\n\n");
        text.Append(section).Append("Texte de la question\n\n");
        foreach (var paragraph in _questionParagraphs)
        {
            text.Append(paragraph).Append("\n\n");
        }

        if (_answerParagraphs is not null)
        {
            text.Append(section).Append("Texte de la réponse\n\n");
            foreach (var paragraph in _answerParagraphs)
            {
                text.Append(paragraph).Append("\n\n");
            }
        }

        text.Append(section).Append("Données clés\n\n");
        AppendLabels(text, _keyData);
        text.Append(section).Append(_keyDatesHeading).Append("\n\n");
        AppendLabels(text, _keyDates);
        return text.ToString();
    }

    public byte[] BuildUtf8() => Encoding.UTF8.GetBytes(Build());

    private void AppendLabels(StringBuilder text, List<KeyValuePair<string, string>> lines)
    {
        foreach (var (label, value) in lines)
        {
            text.Append(_markdown ? $"**{label} :** {value}" : $"{label} : {value}").Append("\n\n");
        }
    }

    private QuestionDocumentBuilder Set(List<KeyValuePair<string, string>> lines, string label, string value)
    {
        var index = lines.FindIndex(l => l.Key == label);
        if (index >= 0)
        {
            lines[index] = new(label, value);
        }
        else
        {
            lines.Add(new(label, value));
        }

        return this;
    }

    private QuestionDocumentBuilder Remove(List<KeyValuePair<string, string>> lines, string label)
    {
        lines.RemoveAll(l => l.Key == label);
        return this;
    }
}
