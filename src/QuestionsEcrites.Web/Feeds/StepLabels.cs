namespace QuestionsEcrites.Web.Feeds;

/// <summary>The French words of a question's steps, and their stable terms (entry ids, Atom categories).</summary>
public static class StepLabels
{
    public static string Of(TimelineStepKind kind) => kind switch
    {
        TimelineStepKind.Published => "Question publiée",
        TimelineStepKind.AttributionChanged => "Attribution changée",
        TimelineStepKind.Signaled => "Question signalée",
        TimelineStepKind.Answered => "Réponse publiée",
        TimelineStepKind.Closed => "Question close",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Term(TimelineStepKind kind) => kind switch
    {
        TimelineStepKind.Published => "question-publiee",
        TimelineStepKind.AttributionChanged => "attribution-changee",
        TimelineStepKind.Signaled => "question-signalee",
        TimelineStepKind.Answered => "reponse-publiee",
        TimelineStepKind.Closed => "question-close",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
