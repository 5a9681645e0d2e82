using QuestionsEcrites.Domain.Text;

namespace QuestionsEcrites.Import.Parsing.Text;

/// <summary>
/// Paragraphs that a page break of the Journal officiel split in mid-sentence: one that does not end a sentence,
/// followed by one that starts in lower case (or with a number), is one paragraph. Every format's texts go through it.
/// List items and table rows (<see cref="TextStructure"/>) are never joined: a row « 2024 | 12 M€ » is not the
/// rest of the row above it.
/// </summary>
public static class PageBreaks
{
    /// <summary>The paragraphs mended and joined as the export writes texts: separated by a blank line.</summary>
    public static string Join(IReadOnlyList<string> paragraphs) => string.Join("\n\n", Mend(paragraphs));

    public static IReadOnlyList<string> Mend(IReadOnlyList<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var mended = new List<string>(paragraphs.Count);
        foreach (var paragraph in paragraphs)
        {
            if (mended.Count > 0 && !EndsSentence(mended[^1]) && StartsLowerCase(paragraph) && !IsStructure(mended[^1]) && !IsStructure(paragraph))
            {
                mended[^1] = mended[^1] + " " + paragraph;
            }
            else
            {
                mended.Add(paragraph);
            }
        }

        return mended;
    }

    private static bool IsStructure(string paragraph) => TextStructure.IsItem(paragraph) || TextStructure.IsRow(paragraph);

    /// <summary>A closing quote or parenthesis ends a sentence only after . ! ? or … (« … pour tous. »).</summary>
    private static bool EndsSentence(string paragraph)
    {
        var end = paragraph.TrimEnd();
        if (end.Length == 0)
        {
            return true;
        }

        var last = end[^1];
        if (last is '»' or '"' or ')' or '”')
        {
            var inner = end[..^1].TrimEnd();
            return inner.Length > 0 && inner[^1] is '.' or '!' or '?' or '…';
        }

        return last is '.' or '!' or '?' or '…' or ':' or ';';
    }

    /// <summary>A page break leaves the rest of the sentence starting in lower case or with a number (« 700 000 »).</summary>
    private static bool StartsLowerCase(string paragraph)
    {
        foreach (var c in paragraph)
        {
            if (char.IsLetter(c))
            {
                return char.IsLower(c);
            }

            if (char.IsAsciiDigit(c))
            {
                return true;
            }

            if (c is not ('«' or '"' or ' ' or '(' or '\''))
            {
                return false;
            }
        }

        return false;
    }
}
