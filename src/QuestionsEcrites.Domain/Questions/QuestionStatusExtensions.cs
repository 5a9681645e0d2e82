namespace QuestionsEcrites.Domain.Questions;

public static class QuestionStatusExtensions
{
    /// <summary>The code used by the export, the API and the <c>statut</c> parameter.</summary>
    public static string ToCode(this QuestionStatus status) => status switch
    {
        QuestionStatus.Pending => "pending",
        QuestionStatus.Answered => "answered",
        QuestionStatus.Closed => "closed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static bool TryParseCode(string? code, out QuestionStatus status)
    {
        switch (code?.Trim().ToLowerInvariant())
        {
            case "pending":
                status = QuestionStatus.Pending;
                return true;
            case "answered":
                status = QuestionStatus.Answered;
                return true;
            case "closed":
                status = QuestionStatus.Closed;
                return true;
            default:
                status = default;
                return false;
        }
    }

    /// <summary>The French label shown to users.</summary>
    public static string ToLabel(this QuestionStatus status) => status switch
    {
        QuestionStatus.Pending => "En attente de réponse",
        QuestionStatus.Answered => "Répondue",
        QuestionStatus.Closed => "Clôturée",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
