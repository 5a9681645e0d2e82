using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using QuestionsEcrites.Data;
using QuestionsEcrites.Domain.Questions;

namespace QuestionsEcrites.Web.Browsing;

/// <summary>
/// Counts, answered shares and median answer delays for the home page and the rubrique, ministry and deputy
/// directories (written questions only). Computed in SQL and cached until the store changes (its latest change
/// stamp is part of the cache key, one indexed query per call).
/// </summary>
public sealed class StatisticsService(QuestionsDbContext db, IMemoryCache cache)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public Task<KeyFigures> GetKeyFiguresAsync(CancellationToken ct) => CachedAsync("figures", async () =>
    {
        var questions = db.Questions.Where(q => q.Type == QuestionType.QE);
        var total = await questions.CountAsync(ct);
        var answered = await questions.CountAsync(q => q.Status == QuestionStatus.Answered, ct);
        var delays = await DelaysAsync(DelayGrouping.All, ct);
        return new KeyFigures(total, answered, Median(delays.Select(d => d.Days).ToList()));
    }, ct);

    public Task<IReadOnlyList<LookupStatistics>> GetRubriquesAsync(CancellationToken ct) => CachedAsync<IReadOnlyList<LookupStatistics>>("rubriques", async () =>
    {
        var counts = await db.Questions.Where(q => q.Type == QuestionType.QE && q.RubriqueId != null)
            .GroupBy(q => q.RubriqueId!.Value)
            .Select(g => new { Id = g.Key, Count = g.Count(), Answered = g.Count(q => q.Status == QuestionStatus.Answered) })
            .ToListAsync(ct);
        var names = await db.Rubriques.AsNoTracking().ToDictionaryAsync(r => r.Id, r => (r.Name, r.Slug), ct);
        var delays = (await DelaysAsync(DelayGrouping.Rubrique, ct)).ToLookup(d => d.Key, d => d.Days);
        return Lookups(counts.Select(c => (c.Id, c.Count, c.Answered)), names, delays);
    }, ct);

    /// <summary>Per ministry, the questions asked to it or assigned to it (as the <c>ministere</c> filter counts them).</summary>
    public Task<IReadOnlyList<LookupStatistics>> GetMinistriesAsync(CancellationToken ct) => CachedAsync<IReadOnlyList<LookupStatistics>>("ministeres", async () =>
    {
        var counts = await db.Ministries
            .Select(m => new
            {
                m.Id,
                Count = db.Questions.Count(q => q.Type == QuestionType.QE && (q.MinistryAskedId == m.Id || q.MinistryAssignedId == m.Id)),
                Answered = db.Questions.Count(q => q.Type == QuestionType.QE && q.Status == QuestionStatus.Answered && (q.MinistryAskedId == m.Id || q.MinistryAssignedId == m.Id)),
            })
            .Where(c => c.Count > 0)
            .ToListAsync(ct);
        var names = await db.Ministries.AsNoTracking().ToDictionaryAsync(m => m.Id, m => (m.Name, m.Slug), ct);
        var delays = (await DelaysAsync(DelayGrouping.Ministry, ct)).ToLookup(d => d.Key, d => d.Days);
        return Lookups(counts.Select(c => (c.Id, c.Count, c.Answered)), names, delays);
    }, ct);

    public Task<IReadOnlyList<DeputyStatistics>> GetDeputiesAsync(CancellationToken ct) => CachedAsync("deputes", async () =>
    {
        var counts = await db.Questions.Where(q => q.Type == QuestionType.QE && q.AuthorId != null)
            .GroupBy(q => q.AuthorId!.Value)
            .Select(g => new { Id = g.Key, Count = g.Count(), Answered = g.Count(q => q.Status == QuestionStatus.Answered) })
            .ToDictionaryAsync(c => c.Id, ct);
        var authors = await db.Authors.AsNoTracking()
            .Select(a => new { a.Id, a.Name, a.Slug, a.Civility, a.Legislature, Group = a.Group == null ? null : a.Group.Name, GroupSlug = a.Group == null ? null : a.Group.Slug, a.Department, a.Circonscription })
            .ToListAsync(ct);
        return (IReadOnlyList<DeputyStatistics>)authors
            .Where(a => counts.ContainsKey(a.Id))
            .Select(a => new DeputyStatistics(a.Name, a.Slug, a.Civility, a.Legislature, a.Group, a.GroupSlug, a.Department, a.Circonscription, counts[a.Id].Count, counts[a.Id].Answered))
            .OrderBy(a => a.Name, StringComparer.Create(Formatting.French.Culture, ignoreCase: true))
            .ThenByDescending(a => a.Legislature)
            .ToList();
    }, ct);

    public static int? Median(List<int> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (int)Math.Round((values[middle - 1] + values[middle]) / 2.0, MidpointRounding.AwayFromZero);
    }

    private static List<LookupStatistics> Lookups(
        IEnumerable<(int Id, int Count, int Answered)> counts,
        Dictionary<int, (string Name, string Slug)> names,
        ILookup<int?, int> delays) =>
        counts
            .Where(c => names.ContainsKey(c.Id))
            .Select(c => new LookupStatistics(names[c.Id].Name, names[c.Id].Slug, c.Count, c.Answered, Median(delays[c.Id].ToList())))
            .OrderByDescending(s => s.Questions)
            .ThenBy(s => s.Name, StringComparer.Create(Formatting.French.Culture, ignoreCase: true))
            .ToList();

    private enum DelayGrouping
    {
        All,
        Rubrique,
        Ministry,
    }

    /// <summary>Days from question to answer, per rubrique or ministry (or all), for answered written questions.</summary>
    private async Task<List<KeyDays>> DelaysAsync(DelayGrouping grouping, CancellationToken ct)
    {
        // Constant SQL per grouping (no user input): julianday has no LINQ translation for DateOnly differences.
        var sql = grouping switch
        {
            DelayGrouping.Rubrique => DelaySql.Replace("{key}", "q.\"RubriqueId\"", StringComparison.Ordinal),
            DelayGrouping.Ministry => MinistryDelaySql,
            _ => DelaySql.Replace("{key}", "NULL", StringComparison.Ordinal),
        };
#pragma warning disable EF1002 // the SQL is one of three constants above
        return await db.Database.SqlQueryRaw<KeyDays>(sql).ToListAsync(ct);
#pragma warning restore EF1002
    }

    private const string MinistryDelaySql = """
        SELECT m."Id" AS "Key", CAST(julianday(a."PublishedOn") - julianday(q."PublishedOn") AS INTEGER) AS "Days"
        FROM "Questions" AS q JOIN "Answers" AS a ON a."QuestionId" = q."Id"
        JOIN "Ministries" AS m ON m."Id" = q."MinistryAskedId" OR m."Id" = q."MinistryAssignedId"
        WHERE q."Type" = 'QE' AND a."PublishedOn" IS NOT NULL AND q."PublishedOn" IS NOT NULL
        """;

    private const string DelaySql = """
        SELECT {key} AS "Key", CAST(julianday(a."PublishedOn") - julianday(q."PublishedOn") AS INTEGER) AS "Days"
        FROM "Questions" AS q JOIN "Answers" AS a ON a."QuestionId" = q."Id"
        WHERE q."Type" = 'QE' AND a."PublishedOn" IS NOT NULL AND q."PublishedOn" IS NOT NULL
        """;

    private async Task<T> CachedAsync<T>(string name, Func<Task<T>> compute, CancellationToken ct)
    {
        var stamp = await db.Questions.MaxAsync(q => (long?)q.ChangeStamp, ct) ?? 0;
        var key = (nameof(StatisticsService), name, stamp);
        if (cache.TryGetValue(key, out T? cached) && cached is not null)
        {
            return cached;
        }

        var value = await compute();
        cache.Set(key, value, Lifetime);
        return value;
    }

    private sealed class KeyDays
    {
        public int? Key { get; set; }

        public int Days { get; set; }
    }
}
