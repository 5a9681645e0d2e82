using Lucene.Net.Search.Similarities;

namespace QuestionsEcrites.Search.Querying;

/// <summary>
/// How matches are ranked: BM25's parameters, each text field's weight, and the proximity boost (in the spirit of
/// Solr's edismax <c>pf</c>/<c>pf2</c>/<c>ps</c>): documents where the query's words stand together, in order or
/// within a few words, rank above those where they are scattered. The defaults were chosen on the relevance harness
/// (benchmarks <c>relevance --tune</c>), not by hand; the benchmarks README records the run and why.
/// </summary>
public sealed record RankingOptions
{
    public static RankingOptions Default { get; } = new();

    /// <summary>BM25 term-frequency saturation.</summary>
    public float K1 { get; init; } = 1.2f;

    /// <summary>BM25 length normalisation (0: none, 1: full).</summary>
    public float B { get; init; } = 0.5f;

    public float TitleWeight { get; init; } = 0.5f;

    public float TextWeight { get; init; } = 1f;

    public float AnswerWeight { get; init; } = 0.5f;

    public float MetaWeight { get; init; } = 0.5f;

    /// <summary>Boost of the whole query's words as one sloppy phrase (edismax <c>pf</c>); 0 turns it off.</summary>
    public float PhraseBoost { get; init; } = 2f;

    /// <summary>Words allowed between (or swaps among) the query's words for the phrase boost (edismax <c>ps</c>).</summary>
    public int PhraseSlop { get; init; } = 3;

    /// <summary>Boost of each pair of consecutive query words standing together (edismax <c>pf2</c>); 0 turns it off.</summary>
    public float PairBoost { get; init; } = 1f;

    /// <summary>Slop of the pairs.</summary>
    public int PairSlop { get; init; } = 1;

    /// <summary>
    /// Whether the proximity phrases match the stemmed fields (« frelons asiatiques » stands for « frelon asiatique »)
    /// or the exact ones.
    /// </summary>
    public bool ProximityOnStemmed { get; init; } = true;

    /// <summary>Lucene's classic TF-IDF instead of BM25: the ranking before the relevance harness, kept to compare.</summary>
    public bool ClassicSimilarity { get; init; }

    /// <summary>The ranking the product had before the harness: TF-IDF, its hand-set weights, no proximity.</summary>
    public static RankingOptions Before { get; } = new()
    {
        ClassicSimilarity = true, TitleWeight = 3f, AnswerWeight = 0.8f, PhraseBoost = 0, PairBoost = 0,
    };

    /// <summary>
    /// The similarity of searches and of the index's norms. BM25 and Lucene's classic similarity encode a field's
    /// length in the same norm byte, so changing <see cref="K1"/> or <see cref="B"/> needs no rebuild.
    /// </summary>
    public Similarity CreateSimilarity() => ClassicSimilarity ? new DefaultSimilarity() : new BM25Similarity(K1, B);
}
