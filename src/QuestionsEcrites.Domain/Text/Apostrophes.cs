namespace QuestionsEcrites.Domain.Text;

/// <summary>
/// One apostrophe for names shared across documents. Sources write « Côte-d'Or » and « Côte-d’Or » for the same
/// department (and likewise names and groups): stored as published, a deputy's record would flip between the two at
/// every re-import. The straight one is kept, as in the official lists (INSEE's « Côte-d'Or »).
/// </summary>
public static class Apostrophes
{
    /// <summary>Typographic apostrophes and look-alikes (’ ‘ ʼ ′ ´ `) become <c>'</c>.</summary>
    public static string Straighten(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.AsSpan().IndexOfAny("’‘ʼ′´`") < 0 ? text : string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] is '’' or '‘' or 'ʼ' or '′' or '´' or '`' ? '\'' : source[i];
            }
        });
    }

    public static string? StraightenOrNull(string? text) => text is null ? null : Straighten(text);
}
