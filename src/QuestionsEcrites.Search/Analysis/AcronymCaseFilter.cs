using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace QuestionsEcrites.Search.Analysis;

/// <summary>
/// Marks where an acronym in capitals runs into a capitalised word (« SECPa » → « SEC_Pa », « ARSIdF » →
/// « ARS_IdF »), which <see cref="Lucene.Net.Analysis.Miscellaneous.WordDelimiterFilter"/>'s case rule (lower to
/// upper only) does not split, so that « SECPa » finds « SEC-Pa » and « SEC Pa ». Tokens without two capitals in a row
/// pass untouched, at the cost of one scan.
/// </summary>
public sealed class AcronymCaseFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public AcronymCaseFilter(TokenStream input)
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
        for (var i = 2; i + 1 < length; i++)
        {
            // Two capitals or more, then a capital followed by a lower-case letter: the boundary is before it.
            if (char.IsUpper(buffer[i]) && char.IsLower(buffer[i + 1]) && char.IsUpper(buffer[i - 1]) && char.IsUpper(buffer[i - 2]))
            {
                var split = _term.ToString().Insert(i, "_");
                _term.SetEmpty().Append(split);
                buffer = _term.Buffer;
                length = _term.Length;
                i++;
            }
        }

        return true;
    }
}
