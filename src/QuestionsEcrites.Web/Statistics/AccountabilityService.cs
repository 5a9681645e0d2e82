using Microsoft.Extensions.Caching.Memory;
using QuestionsEcrites.Data.Statistics;
using QuestionsEcrites.Domain.Statistics;

namespace QuestionsEcrites.Web.Statistics;

/// <summary>
/// The accountability figures for pages and the API: computed from the in-memory snapshot
/// (<see cref="AccountabilitySnapshotSource"/>), named, and cached per filter until the store changes or the day
/// turns (both are in the cache key, so nothing stale is ever served).
/// </summary>
public sealed class AccountabilityService(AccountabilitySnapshotSource source, IMemoryCache cache, TimeProvider time)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    /// <summary>Today in Paris: the day every « overdue » is counted against.</summary>
    public DateOnly Today => ParisCalendar.Today(time);

    public async Task<Scoreboard> ScoreboardAsync(FigureDimension dimension, StatisticsFilter filter, ScoreboardSort sort, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(sort);
        var snapshot = await source.CurrentAsync(ct);
        var today = Today;
        var (byKey, total) = Cached(("scoreboard", dimension, filter, snapshot.Version, today), () =>
            AccountabilityQueries.ByWithTotal(snapshot, dimension, filter, today));

        // Named and sorted once per order too: thousands of deputies sort by French names in milliseconds, not free.
        return Cached(("sorted", dimension, filter, sort.Column.Code, sort.Descending, snapshot.Version, today), () =>
        {
            var rows = byKey.Select(f => Row(snapshot.Names, dimension, f.Key, f.Value)).OfType<ScoreboardRow>();
            return new Scoreboard(sort.Apply(rows).ToList(), total, today, sort);
        });
    }

    /// <summary>
    /// One ministry's, group's, deputy's or rubrique's figures (a ministry's as the one that must answer), its
    /// months, its delays in weeks and its oldest overdue questions; null when nothing has that slug.
    /// </summary>
    public async Task<AccountabilityReport?> ReportAsync(FigureDimension dimension, string slug, StatisticsFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var snapshot = await source.CurrentAsync(ct);
        var names = snapshot.Names;
        (NamedKey Subject, StatisticsFilter Own)? found = dimension switch
        {
            FigureDimension.Ministry when names.MinistryBySlug.TryGetValue(slug, out var id) => (names.Ministries[id], filter with { MinistryId = id }),
            FigureDimension.Group when names.GroupBySlug.TryGetValue(slug, out var id) => (names.Groups[id], filter with { GroupId = id }),
            FigureDimension.Rubrique when names.RubriqueBySlug.TryGetValue(slug, out var id) => (names.Rubriques[id], filter with { RubriqueId = id }),
            FigureDimension.Deputy when names.DeputyBySlug.TryGetValue(slug, out var id) =>
                (new NamedKey(id, names.Deputies[id].DisplayName, slug), filter with { DeputyId = id }),
            _ => null,
        };
        if (found is not var (subject, own))
        {
            return null;
        }

        var today = Today;
        return Cached(("report", own, snapshot.Version, today), () =>
        {
            var report = ReportQuery.Compute(snapshot, own, today, AccountabilityReport.OldestShown);
            return new AccountabilityReport(subject, today, report.Figures, report.Months, report.Weeks, report.OldestOverdue);
        });
    }

    /// <summary>The legislatures the store has written questions of, latest first: the choices of the filters.</summary>
    public async Task<IReadOnlyList<int>> LegislaturesAsync(CancellationToken ct)
    {
        var snapshot = await source.CurrentAsync(ct);
        return Cached(("legislatures", snapshot.Version), () => snapshot.Read(rows =>
        {
            var seen = new SortedSet<int>(Comparer<int>.Create((a, b) => b.CompareTo(a)));
            foreach (ref readonly var row in rows)
            {
                if (!row.IsEmpty)
                {
                    seen.Add(row.Legislature);
                }
            }

            return (IReadOnlyList<int>)seen.ToList();
        }));
    }

    /// <summary>
    /// The signalées that match, latest first (one page of them), their count, and their figures per group and per
    /// ministry.
    /// </summary>
    public async Task<SignaledReport> SignaledAsync(StatisticsFilter filter, int page, int pageSize, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var snapshot = await source.CurrentAsync(ct);
        var today = Today;
        var signaled = filter with { SignaledOnly = true };
        var (byGroup, byMinistry, total, all) = Cached(("signaled", signaled, snapshot.Version, today), () =>
        {
            // The per-group pass gives the total too: three passes, not four.
            var (groups, sum) = AccountabilityQueries.ByWithTotal(snapshot, FigureDimension.Group, signaled, today);
            return (groups, AccountabilityQueries.By(snapshot, FigureDimension.Ministry, signaled, today), sum, AccountabilityQueries.Signaled(snapshot, signaled));
        });
        var rows = all.Skip((int)Math.Min(int.MaxValue, (long)(page - 1) * pageSize)).Take(pageSize).ToList();
        var count = all.Count;
        var sort = new ScoreboardSort(ScoreboardColumns.All.First(c => c.Code == "signalees"), Descending: true);
        return new SignaledReport(
            today,
            total,
            rows,
            count,
            sort.Apply(byGroup.Select(f => Row(snapshot.Names, FigureDimension.Group, f.Key, f.Value)).OfType<ScoreboardRow>()).ToList(),
            sort.Apply(byMinistry.Select(f => Row(snapshot.Names, FigureDimension.Ministry, f.Key, f.Value)).OfType<ScoreboardRow>()).ToList(),
            snapshot.Names);
    }

    /// <summary>The figures of every written question that matches (the home page's, with no filter).</summary>
    public async Task<AccountabilityFigures> TotalAsync(StatisticsFilter filter, CancellationToken ct)
    {
        var snapshot = await source.CurrentAsync(ct);
        var today = Today;
        return Cached(("total", filter, snapshot.Version, today), () => AccountabilityQueries.Total(snapshot, filter, today));
    }

    /// <summary>The names behind slugs and ids, as of the latest snapshot.</summary>
    public async Task<StatisticsNames> NamesAsync(CancellationToken ct) => (await source.CurrentAsync(ct)).Names;

    private T Cached<T>(object key, Func<T> compute) =>
        cache.GetOrCreate(key, entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Lifetime;
            return compute();
        })!;

    private static ScoreboardRow? Row(StatisticsNames names, FigureDimension dimension, int id, AccountabilityFigures figures) => dimension switch
    {
        FigureDimension.Ministry when names.Ministries.TryGetValue(id, out var m) => new ScoreboardRow(m.Name, m.Slug, $"/ministeres/{m.Slug}", null, figures),
        FigureDimension.Group when names.Groups.TryGetValue(id, out var g) => new ScoreboardRow(g.Name, g.Slug, $"/groupes/{g.Slug}", null, figures),
        FigureDimension.Rubrique when names.Rubriques.TryGetValue(id, out var r) => new ScoreboardRow(r.Name, r.Slug, $"/rubriques/{r.Slug}", null, figures),
        FigureDimension.Deputy when names.Deputies.TryGetValue(id, out var d) => new ScoreboardRow(
            d.DisplayName, d.Slug, $"/deputes/{d.Slug}", DeputyDetail(names, d), figures),
        _ => null,
    };

    private static string DeputyDetail(StatisticsNames names, DeputyKey deputy)
    {
        var group = deputy.GroupId is { } g && names.Groups.TryGetValue(g, out var named) ? " · " + named.Name : string.Empty;
        var place = deputy.Department is null ? string.Empty
            : " · " + deputy.Department + (deputy.Circonscription is { } c ? $" ({Formatting.French.Ordinal(c)} circ.)" : string.Empty);
        return Formatting.French.Legislature(deputy.Legislature) + group + place;
    }
}
