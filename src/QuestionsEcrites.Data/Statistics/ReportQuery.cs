using QuestionsEcrites.Domain.Statistics;

namespace QuestionsEcrites.Data.Statistics;

/// <summary>One month of a report's chart: questions published, answers published, overdue stock at its end.</summary>
public sealed record MonthPoint(int Year, int Month, int Published, int Answered, int OverdueAtEnd);

/// <summary>What a ministry's, group's, deputy's or rubrique's report shows, computed together.</summary>
/// <param name="Weeks">Answer delays in whole weeks: bucket i counts delays of i weeks; the last, <see cref="ReportQuery.HistogramWeeks"/> and more.</param>
public sealed record ReportFigures(AccountabilityFigures Figures, IReadOnlyList<MonthPoint> Months, IReadOnlyList<int> Weeks, IReadOnlyList<OverdueQuestion> OldestOverdue);

/// <summary>
/// A report in one pass over the snapshot: the figures (<see cref="AccountabilityTally"/>), the months from the
/// first publication to today's, the delays in weeks and the oldest overdue questions.
/// </summary>
public static class ReportQuery
{
    /// <summary>Delays in whole weeks up to this many; longer ones share the last bucket.</summary>
    public const int HistogramWeeks = 26;

    /// <summary>The earliest month a report counts from: the Fifth Republic's first Journal officiel questions.</summary>
    private static readonly int FirstMonth = MonthIndex(new DateOnly(1958, 10, 1).DayNumber);

    public static ReportFigures Compute(AccountabilitySnapshot snapshot, StatisticsFilter filter, DateOnly today, int oldestCount)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(filter);
        var last = MonthIndex(today.DayNumber);
        var span = Math.Max(1, last - FirstMonth + 1);
        var published = new int[span];
        var answered = new int[span];
        var overdue = new int[span + 1];
        var weeks = new int[HistogramWeeks + 1];
        var tally = new AccountabilityTally();

        // A max-heap on the due date of the oldest so far: the latest of them leaves when an older one comes.
        var oldest = new PriorityQueue<ClockRow, (int Due, int Id)>(Comparer<(int Due, int Id)>.Create((a, b) => b.CompareTo(a)));
        var first = int.MaxValue;
        snapshot.Read(rows =>
        {
            foreach (ref readonly var row in rows)
            {
                if (!filter.Matches(row))
                {
                    continue;
                }

                var clock = row.Clock;
                tally.Add(clock, today, row.QuestionId);
                if (row.PublishedDay == ClockRow.None)
                {
                    continue;
                }

                var month = Math.Clamp(MonthIndex(row.PublishedDay), FirstMonth, last);
                first = Math.Min(first, month);
                published[month - FirstMonth]++;
                if (row.AnsweredDay != ClockRow.None && MonthIndex(row.AnsweredDay) is var answeredMonth && answeredMonth >= FirstMonth && answeredMonth <= last)
                {
                    answered[answeredMonth - FirstMonth]++;
                }

                if (row.AnsweredDay != ClockRow.None && row.Status == QuestionStatus.Answered)
                {
                    weeks[Math.Clamp((row.AnsweredDay - row.PublishedDay) / 7, 0, HistogramWeeks)]++;
                }

                AddOverdueSpan(row, last, overdue);
                if (clock.IsOverdue(today))
                {
                    oldest.Enqueue(row, (clock.Due!.Value.DayNumber, row.QuestionId));
                    if (oldest.Count > oldestCount)
                    {
                        oldest.Dequeue();
                    }
                }
            }

            return true;
        });

        var figures = tally.ToFigures(today, id => AccountabilityQueries.KeyOf(snapshot, id));
        var months = new List<MonthPoint>();
        var stock = 0;
        for (var i = 0; i < span; i++)
        {
            stock += overdue[i];
            var index = FirstMonth + i;
            if (index >= first)
            {
                months.Add(new MonthPoint(index / 12, (index % 12) + 1, published[i], answered[i], stock));
            }
        }

        // The current month's point is today's stock, not its (future) end's.
        if (months.Count > 0)
        {
            months[^1] = months[^1] with { OverdueAtEnd = figures.Overdue };
        }

        var oldestOverdue = oldest.UnorderedItems
            .Select(i => i.Element)
            .Select(r => new OverdueQuestion(AccountabilityQueries.Key(r), r.Clock.Due!.Value, r.Clock.DaysOverdue(today)!.Value))
            .OrderBy(o => o.Due).ThenBy(o => o.Key.Number)
            .ToList();
        return new ReportFigures(figures, months, weeks, oldestOverdue);
    }

    /// <summary>
    /// Marks the months at whose end the question stood overdue: after its due date, before its answer or closure
    /// (a difference array: +1 at the first such month, -1 after the last).
    /// </summary>
    private static void AddOverdueSpan(in ClockRow row, int last, int[] diff)
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
        start = Math.Max(start, FirstMonth);
        stop = Math.Min(stop, last);
        if (start <= stop)
        {
            diff[start - FirstMonth]++;
            diff[stop - FirstMonth + 1]--;
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
