using QuestionsEcrites.Domain.Statistics;

namespace QuestionsEcrites.Web.Statistics;

/// <summary>One line of a scoreboard: a ministry, deputy, group or rubrique, its page, and its figures.</summary>
/// <param name="Detail">What tells two rows apart beside the name (a deputy's legislature and group), or null.</param>
public sealed record ScoreboardRow(string Name, string Slug, string Href, string? Detail, AccountabilityFigures Figures);

/// <summary>A scoreboard: its rows in the asked order, the figures of all of them together, and the day they hold for.</summary>
public sealed record Scoreboard(IReadOnlyList<ScoreboardRow> Rows, AccountabilityFigures Total, DateOnly AsOf, ScoreboardSort Sort);

/// <summary>Which column a scoreboard is sorted by, and which way.</summary>
public sealed record ScoreboardSort(ScoreboardColumn Column, bool Descending)
{
    public static ScoreboardSort Default { get; } = new(ScoreboardColumns.Questions, Descending: true);

    public IEnumerable<ScoreboardRow> Apply(IEnumerable<ScoreboardRow> rows)
    {
        // Rows without a value (no rate yet) go last whichever the order; ties by name.
        var names = StringComparer.Create(Formatting.French.Culture, ignoreCase: true);
        var withValue = rows.Where(r => Column.Value(r) is not null);
        var ordered = Descending
            ? withValue.OrderByDescending(r => Column.Value(r))
            : withValue.OrderBy(r => Column.Value(r));
        return ordered.ThenBy(r => r.Name, names)
            .Concat(rows.Where(r => Column.Value(r) is null).OrderBy(r => r.Name, names));
    }
}

/// <summary>A sortable column: its code in <c>tri=</c>, its heading, what its figure means, and its value for sorting.</summary>
public sealed record ScoreboardColumn(string Code, string Heading, string Reading, bool DescendingFirst, Func<ScoreboardRow, IComparable?> Value);

/// <summary>The scoreboards' columns, in the order they are shown, each with the footnote that reads it.</summary>
public static class ScoreboardColumns
{
    public static ScoreboardColumn Name { get; } = new("nom", "Nom", "son nom mène à sa page ; l'en-tête de la colonne trie par ordre alphabétique.", false, r => r.Name);

    public static ScoreboardColumn Questions { get; } = new(
        "questions", "Questions", "Questions écrites publiées au Journal officiel, comptées sous le ministère chargé d'y répondre (le dernier ministère attributaire). Les questions sans date de publication sont comptées à part et exclues de tous les taux.", true, r => r.Figures.Questions);

    public static IReadOnlyList<ScoreboardColumn> All { get; } =
    [
        Name,
        Questions,
        new("repondues", "Répondues", "Questions ayant reçu une réponse publiée au Journal officiel.", true, r => r.Figures.Answered),
        new("taux-de-reponse", "Taux de réponse", "Questions répondues, rapportées à toutes les questions.", true, r => r.Figures.AnsweredRate),
        new("dans-le-delai", "Dans le délai", "Réponses publiées au plus tard deux mois après la question (article 135 du Règlement de l'Assemblée nationale).", true, r => r.Figures.AnsweredOnTime),
        new("taux-dans-le-delai", "Taux dans le délai", "Réponses dans le délai, rapportées aux questions dont l'issue est connue : répondues, ou dont l'échéance de deux mois est passée. Une question pas encore échue ne compte ni pour ni contre.", true, r => r.Figures.OnTimeRate),
        new("delai-median", "Délai médian", "Moitié des réponses publiées en moins de ce nombre de jours après la question, moitié en plus.", false, r => r.Figures.MedianDays),
        new("en-attente", "En attente", "Questions ni répondues ni closes.", true, r => r.Figures.Pending),
        new("en-retard", "En retard", "Questions en attente dont l'échéance de deux mois est passée aujourd'hui.", true, r => r.Figures.Overdue),
        new("plus-ancien-retard", "Plus ancien retard", "Jours écoulés depuis l'échéance de la plus ancienne question en retard (lien vers elle).", true, r => r.Figures.OldestOverdue?.DaysOverdue),
        new("closes", "Closes sans réponse", "Questions closes sans réponse (fin de mandat, question caduque, retirée…).", true, r => r.Figures.ClosedUnanswered),
        new("signalees", "Signalées", "Questions signalées par un président de groupe : le ministre doit alors répondre dans les dix jours.", true, r => r.Figures.Signaled),
        new("taux-signalees", "Signalées à temps", "Signalées répondues dans les dix jours, rapportées à celles dont l'issue est connue (répondues, ou dont les dix jours sont passés).", true, r => r.Figures.SignaledInTimeRate),
    ];

    /// <summary>A deputy's record: what they asked and how it was answered.</summary>
    public static IReadOnlyList<ScoreboardColumn> Deputies { get; } =
        All.Where(c => c.Code is "nom" or "questions" or "repondues" or "taux-de-reponse" or "delai-median" or "en-attente" or "en-retard" or "signalees").ToList();

    public static ScoreboardColumn? Find(string code) => All.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));
}
