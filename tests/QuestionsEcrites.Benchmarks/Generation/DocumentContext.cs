namespace QuestionsEcrites.Benchmarks.Generation;

/// <summary>
/// What one document's words are drawn from besides the whole vocabulary: its rubrique's topic words and a few
/// words of its own that it repeats (real texts are bursty: a word used once is likely to come again).
/// </summary>
internal sealed record DocumentContext(AliasSampler TopicSampler, IReadOnlyList<string> TopicWords, IReadOnlyList<string> BurstWords);
