namespace QuestionsEcrites.Domain.Text;

/// <summary>
/// How a stored text (plain, paragraphs separated by a blank line) keeps the structure of its source: a list item
/// is a paragraph « - item », a table row a paragraph « cell | cell ». The import writes them so; the pages draw
/// them back as lists and tables.
/// </summary>
public static class TextStructure
{
    public const string ItemMark = "- ";

    public const string CellSeparator = " | ";

    public static bool IsItem(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        return paragraph.Length > ItemMark.Length && paragraph.StartsWith(ItemMark, StringComparison.Ordinal);
    }

    public static bool IsRow(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        return paragraph.Contains(CellSeparator, StringComparison.Ordinal) && !paragraph.Contains('\n', StringComparison.Ordinal);
    }
}
