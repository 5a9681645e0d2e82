using System.Globalization;

namespace QuestionsEcrites.Testing;

/// <summary>
/// 31 written questions written for the accountability figures, each a known case of the Règlement's clock, with
/// « today » = 23 November 2026 (<see cref="Today"/>). The tests compute the expected figures by hand from the
/// comments below; the rows are imported as seed text pages (and one open-data JSON without any date).
/// </summary>
public static class AccountabilityFixture
{
    public static readonly DateOnly Today = new(2026, 11, 23);

    public const string Sante = "Santé";
    public const string Travail = "Travail";
    public const string Interieur = "Intérieur";
    public const string Armees = "Armées";

    /// <summary>One question: its ministry (asked, and assigned when reassigned), its dates, its closure.</summary>
    public sealed record Row(
        int Number,
        int Legislature,
        string Asked,
        string? Assigned,
        string? Published,
        string? Answered = null,
        string? Signaled = null,
        string? Closed = null,
        string? ClosureReason = null,
        string Deputy = "M. Jean Dupont",
        string Group = "Les Démocrates");

    public static IReadOnlyList<Row> Rows { get; } =
    [
        // Santé: 11 dated + 1 undated.
        new(1, 17, Sante, null, "2026-01-10", Answered: "2026-02-20"),                    // due 10/03, 41 days, on time
        new(2, 17, Sante, null, "2026-01-31", Answered: "2026-03-31"),                    // due 31/03 (31 Jan + 2 months), 59 days, on time on the day
        new(3, 17, Sante, null, "2025-12-31", Answered: "2026-02-28"),                    // due 28/02/2026, 59 days, on time
        new(4, 17, Sante, null, "2025-12-31", Answered: "2026-03-01"),                    // due 28/02/2026, 60 days, late by 1
        new(5, 16, Sante, null, "2023-12-31", Answered: "2024-02-29"),                    // due 29/02/2024 (leap year), 60 days, on time
        new(6, 17, Sante, null, "2026-03-05"),                                            // due 05/05, overdue by 202 days
        new(7, 17, Sante, null, "2026-10-01"),                                            // due 01/12: pending, not yet due
        new(8, 17, Sante, null, "2026-02-10", Closed: "2026-04-01", ClosureReason: "Retirée"), // closed unanswered, due 10/04 passed
        new(9, 17, Sante, null, "2026-06-01", Answered: "2026-08-08", Signaled: "2026-08-01"), // due 01/08: late (68 days); signalée due 11/08: kept
        new(10, 17, Sante, null, "2026-06-01", Signaled: "2026-09-01"),                   // overdue by 114 days; signalée due 11/09: missed
        new(11, 17, Sante, null, "2026-11-01", Signaled: "2026-11-20"),                   // due 01/01/2027; signalée due 30/11: not yet known
        new(12, 17, Sante, null, null),                                                   // no publication date: counted apart

        // Travail: 10, one of them reassigned from Santé.
        new(13, 17, Sante, Travail, "2026-01-15", Answered: "2026-04-20"),                // counted under Travail; due 15/03, 95 days, late
        new(14, 17, Travail, null, "2026-07-31"),                                         // due 30/09 (31 July + 2 months), overdue by 54 days
        new(15, 17, Travail, null, "2026-08-31"),                                         // due 31/10, overdue by 23 days
        new(16, 16, Travail, null, "2024-06-10", Closed: "2024-07-07", ClosureReason: "Fin de mandat"), // closed before its due date 10/08
        new(17, 17, Travail, null, "2025-01-06", Answered: "2025-01-20"),                 // 14 days, on time
        new(18, 17, Travail, null, "2025-11-23"),                                         // due 23/01/2026, overdue by 304 days (the oldest)
        new(19, 17, Travail, null, "2026-09-23"),                                         // due today: not overdue
        new(20, 17, Travail, null, "2026-09-22"),                                         // due yesterday: overdue by 1 day
        new(21, 17, Travail, null, "2025-01-02", Answered: "2025-03-13", Signaled: "2025-03-03"), // due 02/03: late (70 days); signalée due 13/03: kept on the day
        new(22, 16, Travail, null, "2023-05-10", Answered: "2023-06-01"),                 // 22 days, on time (16th legislature)

        // Intérieur: 8.
        new(23, 17, Interieur, null, "2026-04-30", Answered: "2026-06-30"),               // due 30/06, 61 days, on time
        new(24, 17, Interieur, null, "2026-04-30", Answered: "2026-07-01"),               // 62 days, late by 1
        new(25, 15, Interieur, null, "2020-02-29", Answered: "2020-04-29"),               // 29 February, due 29/04, 60 days, on time
        new(26, 17, Interieur, null, "2026-01-05", Closed: "2026-06-20", ClosureReason: "Caduque"), // closed unanswered after its due date
        new(27, 17, Interieur, null, "2026-08-15", Answered: "2026-10-20", Signaled: "2026-10-01"), // due 15/10: late (66 days); signalée due 11/10: missed
        new(28, 17, Interieur, null, "2026-10-20", Answered: "2026-11-02"),               // 13 days, on time
        new(29, 17, Interieur, null, "2026-05-31"),                                       // due 31/07, overdue by 115 days
        new(30, 17, Interieur, null, "2026-06-30"),                                       // due 30/08, overdue by 85 days

        // Armées: 1, not yet due: no rate.
        new(31, 17, Armees, null, "2026-11-10"),
    ];

    /// <summary>Writes the rows as documents into <paramref name="folder"/>'s subfolder <c>fixture</c>; returns its path.</summary>
    public static string Write(TempFolder folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        foreach (var row in Rows)
        {
            if (row.Published is null)
            {
                folder.Write($"fixture/{row.Number}.json", UndatedJson(row));
                continue;
            }

            folder.Write($"fixture/{row.Number}.txt", Document(row));
        }

        return Path.Combine(folder.Path, "fixture");
    }

    private static string Document(Row row)
    {
        var builder = new QuestionDocumentBuilder()
            .WithLegislatureLine($"{row.Legislature}ème législature")
            .WithNumber(row.Number)
            .WithTitle($"Question de contrôle n° {row.Number}")
            .WithKeyData("Auteur", row.Deputy)
            .WithKeyData("Circonscription", $"Gironde (2e circonscription) - {row.Group}")
            .WithKeyData("Ministère interrogé", row.Asked)
            .WithKeyData("Ministère attributaire", row.Assigned ?? row.Asked)
            .WithKeyDate("Question publiée au JO le", $"{Long(row.Published!)}, page 1");
        if (row.Answered is { } answered)
        {
            builder.WithKeyDate("Réponse publiée au JO le", $"{Long(answered)}, page 2").WithAnswerText($"Réponse du ministère à la question n° {row.Number}.");
        }

        if (row.Signaled is { } signaled)
        {
            builder.WithKeyDate("Date de signalement", Long(signaled));
        }

        if (row.Closed is { } closed)
        {
            builder.WithKeyDate("Date de clôture", $"{Long(closed)} ({row.ClosureReason})");
        }

        if (row.Assigned is not null)
        {
            builder.WithKeyDate("Date de changement d'attribution", Long(row.Published!));
        }

        return builder.Build();
    }

    /// <summary>An open-data question without any date (the page formats require one).</summary>
    private static string UndatedJson(Row row) =>
        UndatedTemplate
            .Replace("#LEG", row.Legislature.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("#NUM", row.Number.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("#GROUP", row.Group, StringComparison.Ordinal)
            .Replace("#ASKED", row.Asked, StringComparison.Ordinal);

    private const string UndatedTemplate = """
        {"question": {"uid": "QANR5L#LEGQE#NUM", "identifiant": {"numero": "#NUM", "legislature": "#LEG"}, "type": "QE",
          "indexationAN": {"rubrique": "santé", "analyses": {"analyse": "Question sans date"}},
          "auteur": {"identite": {"acteurRef": "PA999001"}, "groupe": {"developpe": "#GROUP"}},
          "minInt": {"developpe": "#ASKED"},
          "textesQuestion": {"texteQuestion": {"texte": "M. Jean Dupont attire l'attention du ministre."}}}}
        """;

    /// <summary>« 2026-01-10 » → « 10 janvier 2026 », as the pages write dates.</summary>
    private static string Long(string iso) =>
        DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("fr-FR"));
}
