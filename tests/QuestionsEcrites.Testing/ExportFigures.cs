using QuestionsEcrites.Data.Export;
using QuestionsEcrites.Domain.Text;

namespace QuestionsEcrites.Testing;

/// <summary>
/// The accountability figures recomputed from an export (<c>export --format json</c>), written apart from the
/// product's tally so that the two check each other: only the Règlement's rules (two calendar months, ten days),
/// applied to the exported fields. Only the grouping key reuses the product's naming (canonical ministry, slug).
/// </summary>
public static class ExportFigures
{
    /// <summary>One ministry's figures as the API writes them.</summary>
    public sealed record Figures(
        int Questions, int Answered, int AnsweredOnTime, int? MedianDays, int Pending, int Overdue, int ClosedUnanswered,
        int Signaled, int SignaledAnsweredInTime, int Undated);

    /// <summary>Per ministry slug (the last attributaire, else the ministry asked), the written questions' figures.</summary>
    public static Dictionary<string, Figures> PerMinistry(IEnumerable<QuestionExport> export, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(export);
        return export
            .Where(q => q.Type == "QE" && (q.MinistryAssigned ?? q.MinistryAsked) is not null)
            .GroupBy(q => Slugs.From(MinistryNames.Canonical(q.MinistryAssigned ?? q.MinistryAsked!)))
            .ToDictionary(g => g.Key, g => Compute(g.ToList(), asOf));
    }

    private static Figures Compute(List<QuestionExport> questions, DateOnly asOf)
    {
        var dated = questions.Where(q => q.PublishedOn is not null).ToList();
        var answered = dated.Where(q => q.Status == "answered").ToList();
        var delays = answered.Where(q => q.Answer?.PublishedOn is not null)
            .Select(q => q.Answer!.PublishedOn!.Value.DayNumber - q.PublishedOn!.Value.DayNumber)
            .Order()
            .ToList();
        int? median = delays.Count == 0 ? null
            : delays.Count % 2 == 1 ? delays[delays.Count / 2]
            : (int)Math.Round((delays[(delays.Count / 2) - 1] + delays[delays.Count / 2]) / 2.0, MidpointRounding.AwayFromZero);
        var signaled = dated.Where(q => q.SignaledOn is not null).ToList();
        return new Figures(
            dated.Count,
            answered.Count,
            answered.Count(q => q.Answer?.PublishedOn is { } on && on <= q.PublishedOn!.Value.AddMonths(2)),
            median,
            dated.Count(q => q.Status == "pending"),
            dated.Count(q => q.Status == "pending" && asOf > q.PublishedOn!.Value.AddMonths(2)),
            dated.Count(q => q.Status == "closed" && q.Answer?.PublishedOn is null),
            signaled.Count,
            signaled.Count(q => q.Answer?.PublishedOn is { } on && on <= q.SignaledOn!.Value.AddDays(10)),
            questions.Count - dated.Count);
    }
}
