namespace QuestionsEcrites.Domain.Questions;

/// <summary>The steps of a question's life that someone following it is told of, in the order they happen.</summary>
public enum TimelineStepKind
{
    Published,
    AttributionChanged,
    Signaled,
    Answered,
    Closed,
}

/// <summary>One dated step.</summary>
public readonly record struct TimelineStep(TimelineStepKind Kind, DateOnly Date);

/// <summary>
/// A question's dated steps (publication, change of attribution, signalement, answer, closure) from its stored
/// dates: what its feed lists and what orders a feed of many questions (the latest step first).
/// </summary>
public static class QuestionTimeline
{
    /// <summary>The known steps, oldest first; on one day, in the order of <see cref="TimelineStepKind"/>.</summary>
    public static IReadOnlyList<TimelineStep> Steps(DateOnly? published, DateOnly? attributionChanged, DateOnly? signaled, DateOnly? answered, DateOnly? closed)
    {
        var steps = new List<TimelineStep>(5);
        Add(steps, TimelineStepKind.Published, published);
        Add(steps, TimelineStepKind.AttributionChanged, attributionChanged);
        Add(steps, TimelineStepKind.Signaled, signaled);
        Add(steps, TimelineStepKind.Answered, answered);
        Add(steps, TimelineStepKind.Closed, closed);
        return steps.OrderBy(s => s.Date).ThenBy(s => s.Kind).ToList();
    }

    /// <summary>The latest step, or null when the question has no date at all.</summary>
    public static TimelineStep? Latest(DateOnly? published, DateOnly? attributionChanged, DateOnly? signaled, DateOnly? answered, DateOnly? closed) =>
        Steps(published, attributionChanged, signaled, answered, closed) is { Count: > 0 } steps ? steps[^1] : null;

    private static void Add(List<TimelineStep> steps, TimelineStepKind kind, DateOnly? date)
    {
        if (date is { } d)
        {
            steps.Add(new TimelineStep(kind, d));
        }
    }
}
