using QuestionsEcrites.Domain.Statistics;

namespace QuestionsEcrites.Data.Statistics;

/// <summary>What the figures are grouped by: the ministry that must answer, the deputy, the group, the rubrique.</summary>
public enum FigureDimension
{
    Ministry,
    Deputy,
    Group,
    Rubrique,
}

/// <summary>
/// The filters of every statistics page: a legislature and a window on the publication date (a question without a
/// publication date is outside any window); a ministry, a group or the signalées only, for the pages that narrow.
/// </summary>
public sealed record StatisticsFilter(int? Legislature = null, DateOnly? From = null, DateOnly? To = null)
{
    public int? MinistryId { get; init; }

    public int? GroupId { get; init; }

    public int? DeputyId { get; init; }

    public int? RubriqueId { get; init; }

    public bool SignaledOnly { get; init; }

    public bool Matches(in ClockRow row)
    {
        if (row.IsEmpty || (Legislature is { } legislature && row.Legislature != legislature)
            || (MinistryId is { } ministry && row.MinistryId != ministry) || (GroupId is { } group && row.GroupId != group)
            || (DeputyId is { } deputy && row.AuthorId != deputy) || (RubriqueId is { } rubrique && row.RubriqueId != rubrique)
            || (SignaledOnly && row.SignaledDay == ClockRow.None))
        {
            return false;
        }

        if (From is null && To is null)
        {
            return true;
        }

        return row.PublishedDay != ClockRow.None
            && (From is not { } from || row.PublishedDay >= from.DayNumber)
            && (To is not { } to || row.PublishedDay <= to.DayNumber);
    }
}

/// <summary>
/// The accountability figures computed from the snapshot (<see cref="AccountabilitySnapshot"/>): one pass over the
/// rows that match the filter, each added to its group's <see cref="AccountabilityTally"/>.
/// </summary>
public static class AccountabilityQueries
{
    public static AccountabilityFigures Total(AccountabilitySnapshot snapshot, StatisticsFilter filter, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var parts = snapshot.ReadInParts(rows =>
        {
            var part = new AccountabilityTally();
            foreach (ref readonly var row in rows)
            {
                if (filter.Matches(row))
                {
                    part.Add(row.Clock, today, row.QuestionId);
                }
            }

            return part;
        });
        var total = parts[0];
        foreach (var part in parts.Skip(1))
        {
            total.Merge(part);
        }

        return total.ToFigures(today, id => KeyOf(snapshot, id));
    }

    /// <summary>The figures of each ministry, deputy, group or rubrique that has matching questions.</summary>
    public static Dictionary<int, AccountabilityFigures> By(AccountabilitySnapshot snapshot, FigureDimension dimension, StatisticsFilter filter, DateOnly today) =>
        ByWithTotal(snapshot, dimension, filter, today).ByKey;

    /// <summary>
    /// <see cref="By"/> and <see cref="Total"/> in one pass: the total counts every matching question, with or without
    /// a ministry, deputy, group or rubrique.
    /// </summary>
    public static (Dictionary<int, AccountabilityFigures> ByKey, AccountabilityFigures Total) ByWithTotal(
        AccountabilitySnapshot snapshot, FigureDimension dimension, StatisticsFilter filter, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        // Keys are dense ids (SQLite rowids): each part tallies into an array indexed by key, not a dictionary, so
        // that thousands of deputies cost an index each row rather than a hash lookup.
        // Each row is added once, to its key's tally or to the part's keyless one; the total is their sum.
        var parts = snapshot.ReadInParts(rows =>
        {
            var byKey = new AccountabilityTally?[64];
            var keyless = new AccountabilityTally();
            foreach (ref readonly var row in rows)
            {
                if (!filter.Matches(row))
                {
                    continue;
                }

                var key = KeyOf(row, dimension);
                if (key <= 0)
                {
                    keyless.Add(row.Clock, today, row.QuestionId);
                    continue;
                }

                if (key >= byKey.Length)
                {
                    Array.Resize(ref byKey, Math.Max(key + 1, byKey.Length * 2));
                }

                (byKey[key] ??= new AccountabilityTally()).Add(row.Clock, today, row.QuestionId);
            }

            return (ByKey: byKey, Keyless: keyless);
        });

        // The parts' tallies, merged into the first part's.
        var (tallies, total) = parts[0];
        foreach (var (byKey, keyless) in parts.Skip(1))
        {
            total.Merge(keyless);
            if (byKey.Length > tallies.Length)
            {
                Array.Resize(ref tallies, byKey.Length);
            }

            for (var key = 0; key < byKey.Length; key++)
            {
                if (byKey[key] is not { } tally)
                {
                    continue;
                }

                if (tallies[key] is { } merged)
                {
                    merged.Merge(tally);
                }
                else
                {
                    tallies[key] = tally;
                }
            }
        }

        foreach (var tally in tallies)
        {
            if (tally is not null)
            {
                total.Merge(tally);
            }
        }

        var figures = new Dictionary<int, AccountabilityFigures>();
        for (var key = 0; key < tallies.Length; key++)
        {
            if (tallies[key] is { } tally)
            {
                figures[key] = tally.ToFigures(today, id => KeyOf(snapshot, id));
            }
        }

        return (figures, total.ToFigures(today, id => KeyOf(snapshot, id)));
    }

    /// <summary>The signalées that match, latest signalement first (the pages take slices of it).</summary>
    public static IReadOnlyList<ClockRow> Signaled(AccountabilitySnapshot snapshot, StatisticsFilter filter)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var signaled = filter with { SignaledOnly = true };
        var all = snapshot.Read(rows =>
        {
            var matching = new List<ClockRow>();
            foreach (ref readonly var row in rows)
            {
                if (signaled.Matches(row))
                {
                    matching.Add(row);
                }
            }

            return matching;
        });
        all.Sort((a, b) => b.SignaledDay != a.SignaledDay ? b.SignaledDay.CompareTo(a.SignaledDay) : b.QuestionId.CompareTo(a.QuestionId));
        return all;
    }

    public static QuestionKey Key(in ClockRow row) => new(QuestionType.QE, row.Legislature, row.Number);

    internal static QuestionKey KeyOf(AccountabilitySnapshot snapshot, int questionId) =>
        snapshot.Row(questionId) is { } row ? Key(row) : new QuestionKey(QuestionType.QE, 0, 0);

    private static int KeyOf(in ClockRow row, FigureDimension dimension) => dimension switch
    {
        FigureDimension.Ministry => row.MinistryId,
        FigureDimension.Deputy => row.AuthorId,
        FigureDimension.Group => row.GroupId,
        _ => row.RubriqueId,
    };
}
