namespace QuestionsEcrites.Web.Formatting;

/// <summary>
/// A question's clock (<see cref="AnswerClock"/>) as the question page says it: « Répondue en 41 jours, dans le
/// délai », « En attente depuis 263 jours, en retard de 202 jours », and the signalée's ten days.
/// </summary>
public static class ClockText
{
    /// <summary>The delay, or the wait, against the two-month due date; null for a question without a publication date.</summary>
    public static string? Delay(AnswerClock clock, DateOnly today)
    {
        if (clock.Due is not { } due)
        {
            return null;
        }

        var dueText = French.Date(due);
        if (clock.DelayDays is { } days)
        {
            return clock.AnsweredOnTime == true
                ? $"Répondue en {French.Days(days)}, dans le délai de deux mois (échéance le {dueText})."
                : $"Répondue en {French.Days(days)}, {French.Days(clock.DaysAnsweredLate!.Value)} après l'échéance du {dueText}.";
        }

        if (clock.DaysWaiting(today) is { } waiting)
        {
            return clock.DaysOverdue(today) is { } overdue
                ? $"En attente depuis {French.Days(waiting)}, en retard de {French.Days(overdue)} : le délai de deux mois prévu par le Règlement (art. 135) a expiré le {dueText}."
                : $"En attente depuis {French.Days(waiting)} ; réponse attendue au plus tard le {dueText} (deux mois après la publication).";
        }

        return null;
    }

    /// <summary>For a signalée: its ten-day due date and whether it was kept; null when it was not signalée.</summary>
    public static string? Signaled(AnswerClock clock, DateOnly today)
    {
        if (clock.SignaledOn is not { } signaled)
        {
            return null;
        }

        var opening = $"Signalée le {French.Date(signaled)} : réponse due sous dix jours, au plus tard le {French.Date(clock.SignaledDue!.Value)}";
        return clock.SignaledAnsweredInTime(today) switch
        {
            true => opening + " ; délai tenu.",
            false when clock.AnsweredOn is { } answered => opening + $" ; délai non tenu (réponse le {French.Date(answered)}).",
            false => opening + " ; délai non tenu.",
            null => opening + " ; délai en cours.",
        };
    }
}
