using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace QuestionsEcrites.Search.Analysis;

/// <summary>
/// Lower-cases tokens exactly as Lucene's <see cref="Lucene.Net.Analysis.Core.LowerCaseFilter"/> does, from a table
/// of every UTF-16 unit built once with that filter's own routine: Lucene's goes through ICU for each accented
/// letter, which was a tenth of indexing's analysis on French text. Tokens holding a surrogate pair take Lucene's path.
/// </summary>
public sealed class TableLowerCaseFilter : TokenFilter
{
    private static readonly char[] Lower = BuildTable();

    private readonly ICharTermAttribute _term;

    public TableLowerCaseFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var buffer = _term.Buffer;
        var length = _term.Length;
        for (var i = 0; i < length; i++)
        {
            if (char.IsSurrogate(buffer[i]))
            {
                CharacterUtils.GetInstance(LuceneSettings.Version).ToLower(buffer, 0, length);
                return true;
            }
        }

        for (var i = 0; i < length; i++)
        {
            buffer[i] = Lower[buffer[i]];
        }

        return true;
    }

    private static char[] BuildTable()
    {
        var utils = CharacterUtils.GetInstance(LuceneSettings.Version);
        var table = new char[char.MaxValue + 1];
        var one = new char[1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            one[0] = (char)c;
            if (!char.IsSurrogate(one[0]))
            {
                utils.ToLower(one, 0, 1);
            }

            table[c] = one[0];
        }

        return table;
    }
}
