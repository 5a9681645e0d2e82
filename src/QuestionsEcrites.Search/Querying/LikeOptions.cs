namespace QuestionsEcrites.Search.Querying;

/// <summary>
/// The choices of « Questions proches »' query (<see cref="LikeQuery"/>): how many of a question's telling words it
/// asks for, which words are too common to tell anything, and how many of them a like question must share. The
/// defaults are the shipped ones; the benchmarks' <c>proches</c> verb weighs other values against them (time and
/// agreement at a million questions).
/// </summary>
public sealed record LikeOptions
{
    public static LikeOptions Default { get; } = new();

    /// <summary>The words asked for at most (MoreLikeThis's default is 25).</summary>
    public int MaxTerms { get; init; } = 25;

    /// <summary>
    /// Words in more than this share of the questions are left out: they say nothing of a subject, and their long
    /// posting lists are most of the query's cost. Applied from <see cref="MinDocsForDocShare"/> questions on.
    /// </summary>
    public double MaxDocShare { get; init; } = 0.20;

    /// <summary>A small index keeps every word: a share of a few questions would leave out the subject itself.</summary>
    public int MinDocsForDocShare { get; init; } = 1_000;

    /// <summary>
    /// The share of the chosen words a like question must hold: 4 of 25. Elasticsearch's more_like_this asks 30 %
    /// (7 of 25), which at a million generated questions left 57 % of them with no « Questions proches » at all, and
    /// 82 % at 10,000; 4 of 25 leaves 1 % and 16 %, 85–93 % of the lists in the question's own rubrique (against
    /// 6 % at random). Figures: the benchmarks' README, « Questions proches ».
    /// </summary>
    public double MinimumShouldMatchShare { get; init; } = 0.16;

    /// <summary>Whatever the share, a like question holds at least this many of the words (a short text's two).</summary>
    public int MinimumSharedWords { get; init; } = 2;
}
