using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace QuestionsEcrites.Search.Analysis;

/// <summary>
/// One analysis of a text for its two index fields, the stemmed one (search) and the exact one (phrases,
/// prefixes). Both chains begin alike (tokenizer, elision, compounds, lower case: most of indexing's cost), so that
/// head runs once and its tokens are replayed into each chain's own tail, where the text used to be tokenised twice.
/// The tokens are captured when the index writer reads the first of the two fields, and give exactly what
/// <see cref="FrenchAnalyzers.Stemmed"/> and <see cref="FrenchAnalyzers.Exact"/> give (a test compares them).
/// </summary>
public sealed class TwinAnalysis(string text)
{
    /// <summary>The shared head; analyzers reuse their components per thread, so one serves every indexing thread.</summary>
    private static readonly Analyzer Head = FrenchAnalyzers.SharedHead();

    private CapturedTokens? _tokens;

    public TokenStream StemmedStream() => FrenchAnalyzers.StemmedTail(new Replay(this));

    public TokenStream ExactStream() => FrenchAnalyzers.ExactTail(new Replay(this));

    private CapturedTokens Tokens => _tokens ??= CapturedTokens.Of(Head, FrenchAnalyzers.MapHyphens(text));

    /// <summary>The head's tokens, their characters in one buffer: term, position increment, offsets.</summary>
    private sealed class CapturedTokens
    {
        private char[] _chars = new char[256];
        private int[] _values = new int[5 * 32]; // per token: term start, term length, increment, start and end offsets
        private int _charCount;

        public int Count { get; private set; }

        public int FinalOffset { get; private set; }

        public int FinalIncrement { get; private set; }

        public static CapturedTokens Of(Analyzer head, string text)
        {
            var tokens = new CapturedTokens();
            using var stream = head.GetTokenStream(string.Empty, text);
            var term = stream.AddAttribute<ICharTermAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                tokens.Add(term, increment.PositionIncrement, offset.StartOffset, offset.EndOffset);
            }

            stream.End();
            tokens.FinalOffset = offset.EndOffset;
            tokens.FinalIncrement = increment.PositionIncrement;
            return tokens;
        }

        public void CopyTo(int index, ICharTermAttribute term, IPositionIncrementAttribute increment, IOffsetAttribute offset)
        {
            var at = index * 5;
            term.CopyBuffer(_chars, _values[at], _values[at + 1]);
            increment.PositionIncrement = _values[at + 2];
            offset.SetOffset(_values[at + 3], _values[at + 4]);
        }

        private void Add(ICharTermAttribute term, int increment, int start, int end)
        {
            if (_charCount + term.Length > _chars.Length)
            {
                Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + term.Length));
            }

            Array.Copy(term.Buffer, 0, _chars, _charCount, term.Length);
            var at = Count * 5;
            if (at + 5 > _values.Length)
            {
                Array.Resize(ref _values, _values.Length * 2);
            }

            _values[at] = _charCount;
            _values[at + 1] = term.Length;
            _values[at + 2] = increment;
            _values[at + 3] = start;
            _values[at + 4] = end;
            _charCount += term.Length;
            Count++;
        }
    }

    /// <summary>The captured tokens as a stream, for one tail.</summary>
    private sealed class Replay : TokenStream
    {
        private readonly TwinAnalysis _owner;
        private readonly ICharTermAttribute _term;
        private readonly IPositionIncrementAttribute _increment;
        private readonly IOffsetAttribute _offset;
        private int _next;

        public Replay(TwinAnalysis owner)
        {
            _owner = owner;
            _term = AddAttribute<ICharTermAttribute>();
            _increment = AddAttribute<IPositionIncrementAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
        }

        public override bool IncrementToken()
        {
            var tokens = _owner.Tokens;
            if (_next >= tokens.Count)
            {
                return false;
            }

            ClearAttributes();
            tokens.CopyTo(_next++, _term, _increment, _offset);
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            _next = 0;
        }

        public override void End()
        {
            base.End();
            var tokens = _owner.Tokens;
            _increment.PositionIncrement = tokens.FinalIncrement;
            _offset.SetOffset(tokens.FinalOffset, tokens.FinalOffset);
        }
    }
}
