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

/// <summary>One month of a ministry's chart: questions published, answers published, overdue stock at its end.</summary>
public sealed record MonthPoint(int Year, int Month, int Published, int Answered, int OverdueAtEnd);

/// <summary>
/// The accountability figures computed from the snapshot (<see cref="AccountabilitySnapshot"/>): one pass over the
/// rows that match the filter, each added to its group's <see cref="AccountabilityTally"/>.
/// </summary>
public static class AccountabilityQueries
{
    /// <summary>Delays in whole weeks up to this many; longer ones share the last bucket.</summary>
    public const int HistogramWeeks = 26;

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
        var parts = snapshot.ReadInParts(rows =>
        {
            var byKey = new Dictionary<int, AccountabilityTally>();
            var all = new AccountabilityTally();
            foreach (ref readonly var row in rows)
            {
                if (!filter.Matches(row))
                {
                    continue;
                }

                var clock = row.Clock;
                all.Add(clock, today, row.QuestionId);
                var key = KeyOf(row, dimension);
                if (key == 0)
                {
                    continue;
                }

                if (!byKey.TryGetValue(key, out var tally))
                {
                    byKey[key] = tally = new AccountabilityTally();
                }

                tally.Add(clock, today, row.QuestionId);
            }

            return (ByKey: byKey, All: all);
        });

        // The parts' tallies, merged into the first part's.
        var (tallies, total) = parts[0];
        foreach (var (byKey, all) in parts.Skip(1))
        {
            total.Merge(all);
            foreach (var (key, tally) in byKey)
            {
                if (tallies.TryGetValue(key, out var merged))
                {
                    merged.Merge(tally);
                }
                else
                {
                    tallies[key] = tally;
                }
            }
        }

        return (tallies.ToDictionary(t => t.Key, t => t.Value.ToFigures(today, id => KeyOf(snapshot, id))), total.ToFigures(today, id => KeyOf(snapshot, id)));
    }

    /// <summary>
    /// Month by month from the first publication to today's month: questions published, answers published, and the
    /// questions overdue at the month's end (today for the current month).
    /// </summary>
    public static IReadOnlyList<MonthPoint> Monthly(AccountabilitySnapshot snapshot, StatisticsFilter filter, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var last = MonthIndex(today.DayNumber);
        return snapshot.Read(rows =>
        {
            var first = int.MaxValue;
            foreach (ref readonly var row in rows)
            {
                if (row.PublishedDay != ClockRow.None && filter.Matches(row))
                {
                    first = Math.Min(first, MonthIndex(row.PublishedDay));
                }
            }

            if (first > last)
            {
                return (IReadOnlyList<MonthPoint>)[];
            }

            var count = last - first + 1;
            var published = new int[count];
            var answered = new int[count];
            var overdue = new int[count + 1];
            foreach (ref readonly var row in rows)
            {
                if (row.PublishedDay == ClockRow.None || !filter.Matches(row))
                {
                    continue;
                }

                published[MonthIndex(row.PublishedDay) - first]++;
                if (row.AnsweredDay != ClockRow.None && MonthIndex(row.AnsweredDay) is var answeredMonth && answeredMonth >= first && answeredMonth <= last)
                {
                    answered[answeredMonth - first]++;
                }

                AddOverdueSpan(row, first, last, overdue);
            }

            var points = new List<MonthPoint>(count);
            var stock = 0;
            for (var i = 0; i < count; i++)
            {
                stock += overdue[i];
                var (year, month) = ((first + i) / 12, ((first + i) % 12) + 1);
                points.Add(new MonthPoint(year, month, published[i], answered[i], stock));
            }

            // The current month's point is today's stock, not its (future) end's.
            points[^1] = points[^1] with { OverdueAtEnd = CountOverdue(rows, filter, today) };
            return points;
        });
    }

    /// <summary>Answer delays in whole weeks: bucket i counts delays of i weeks; the last, <see cref="HistogramWeeks"/> and more.</summary>
    public static int[] DelayHistogram(AccountabilitySnapshot snapshot, StatisticsFilter filter)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot.Read(rows =>
        {
            var buckets = new int[HistogramWeeks + 1];
            foreach (ref readonly var row in rows)
            {
                if (row.PublishedDay != ClockRow.None && row.AnsweredDay != ClockRow.None && row.Status == QuestionStatus.Answered && filter.Matches(row))
                {
                    buckets[Math.Clamp((row.AnsweredDay - row.PublishedDay) / 7, 0, HistogramWeeks)]++;
                }
            }

            return buckets;
        });
    }

    /// <summary>The <paramref name="count"/> overdue questions with the earliest due dates.</summary>
    public static IReadOnlyList<OverdueQuestion> OldestOverdue(AccountabilitySnapshot snapshot, StatisticsFilter filter, DateOnly today, int count)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var oldest = snapshot.Read(rows =>
        {
            // A max-heap on the due date of the best so far: the latest of them leaves when an older one comes.
            var heap = new PriorityQueue<ClockRow, (int Due, int Id)>(Comparer<(int Due, int Id)>.Create((a, b) => b.CompareTo(a)));
            foreach (ref readonly var row in rows)
            {
                if (filter.Matches(row) && row.Clock is var clock && clock.IsOverdue(today))
                {
                    heap.Enqueue(row, (clock.Due!.Value.DayNumber, row.QuestionId));
                    if (heap.Count > count)
                    {
                        heap.Dequeue();
                    }
                }
            }

            return heap.UnorderedItems.Select(i => i.Element).ToList();
        });
        return oldest
            .Select(r => new OverdueQuestion(Key(r), r.Clock.Due!.Value, r.Clock.DaysOverdue(today)!.Value))
            .OrderBy(o => o.Due).ThenBy(o => o.Key.Number)
            .ToList();
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

    private static QuestionKey KeyOf(AccountabilitySnapshot snapshot, int questionId) =>
        snapshot.Row(questionId) is { } row ? Key(row) : new QuestionKey(QuestionType.QE, 0, 0);

    private static int KeyOf(in ClockRow row, FigureDimension dimension) => dimension switch
    {
        FigureDimension.Ministry => row.MinistryId,
        FigureDimension.Deputy => row.AuthorId,
        FigureDimension.Group => row.GroupId,
        _ => row.RubriqueId,
    };

    private static int CountOverdue(ReadOnlySpan<ClockRow> rows, StatisticsFilter filter, DateOnly today)
    {
        var count = 0;
        foreach (ref readonly var row in rows)
        {
            if (filter.Matches(row) && row.Clock.IsOverdue(today))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// Marks the months at whose end the question stood overdue: after its due date, before its answer or closure
    /// (a difference array: +1 at the first such month, -1 after the last).
    /// </summary>
    private static void AddOverdueSpan(in ClockRow row, int first, int last, int[] diff)
    {
        var answeredUndated = row.Status == QuestionStatus.Answered && row.AnsweredDay == ClockRow.None;
        var closedUndated = row.Status == QuestionStatus.Closed && row.ClosedDay == ClockRow.None && row.AnsweredDay == ClockRow.None;
        if (answeredUndated || closedUndated)
        {
            return; // when it stopped waiting is unknown
        }

        var due = row.Clock.Due!.Value.DayNumber;
        var end = Math.Min(row.AnsweredDay == ClockRow.None ? int.MaxValue : row.AnsweredDay, row.ClosedDay == ClockRow.None || row.Status != QuestionStatus.Closed ? int.MaxValue : row.ClosedDay);

        // The first month whose last day is after the due date, and the last whose last day is before the end.
        var start = LastDayOfMonth(due) > due ? MonthIndex(due) : MonthIndex(due) + 1;
        var stop = end == int.MaxValue ? last : MonthIndex(end) - 1;
        start = Math.Max(start, first);
        stop = Math.Min(stop, last);
        if (start <= stop)
        {
            diff[start - first]++;
            diff[stop - first + 1]--;
        }
    }

    private static int MonthIndex(int day)
    {
        var date = DateOnly.FromDayNumber(day);
        return (date.Year * 12) + date.Month - 1;
    }

    private static int LastDayOfMonth(int day)
    {
        var date = DateOnly.FromDayNumber(day);
        return new DateOnly(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month)).DayNumber;
    }
}
