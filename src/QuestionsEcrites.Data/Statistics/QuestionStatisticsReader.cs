using QuestionsEcrites.Domain.Statistics;
using QuestionsEcrites.Domain.Text;

namespace QuestionsEcrites.Data.Statistics;

/// <summary>
/// Counts, answered shares and median answer delays for the home page and the rubrique, ministry and deputy
/// directories (written questions only), computed in SQL. The web caches them per store change.
/// </summary>
public sealed class QuestionStatisticsReader(QuestionsDbContext db)
{
    /// <summary>The store's latest change stamp: figures computed at one stamp stay true until it moves.</summary>
    public async Task<long> LatestChangeStampAsync(CancellationToken ct) => await db.Questions.MaxAsync(q => (long?)q.ChangeStamp, ct) ?? 0;

    public async Task<KeyFigures> GetKeyFiguresAsync(CancellationToken ct)
    {
        var questions = db.Questions.Where(q => q.Type == QuestionType.QE);
        var total = await questions.CountAsync(ct);
        var answered = await questions.CountAsync(q => q.Status == QuestionStatus.Answered, ct);
        var delays = await DelaysAsync(DelayGrouping.All, ct);
        return new KeyFigures(total, answered, Median.Of(delays.Select(d => d.Days).ToList()));
    }

    public async Task<IReadOnlyList<LookupStatistics>> GetRubriquesAsync(CancellationToken ct)
    {
        var counts = await db.Questions.Where(q => q.Type == QuestionType.QE && q.RubriqueId != null)
            .GroupBy(q => q.RubriqueId!.Value)
            .Select(g => new { Id = g.Key, Count = g.Count(), Answered = g.Count(q => q.Status == QuestionStatus.Answered) })
            .ToListAsync(ct);
        var names = await db.Rubriques.AsNoTracking().ToDictionaryAsync(r => r.Id, r => (r.Name, r.Slug), ct);
        var delays = (await DelaysAsync(DelayGrouping.Rubrique, ct)).ToLookup(d => d.Key, d => d.Days);
        return Lookups(counts.Select(c => (c.Id, c.Count, c.Answered)), names, delays);
    }

    /// <summary>Per ministry, the questions asked to it or assigned to it (as the <c>ministere</c> filter counts them).</summary>
    public async Task<IReadOnlyList<LookupStatistics>> GetMinistriesAsync(CancellationToken ct)
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
    }

    public async Task<IReadOnlyList<DeputyStatistics>> GetDeputiesAsync(CancellationToken ct)
    {
        var counts = await db.Questions.Where(q => q.Type == QuestionType.QE && q.AuthorId != null)
            .GroupBy(q => q.AuthorId!.Value)
            .Select(g => new { Id = g.Key, Count = g.Count(), Answered = g.Count(q => q.Status == QuestionStatus.Answered) })
            .ToDictionaryAsync(c => c.Id, ct);
        var authors = await db.Authors.AsNoTracking()
            .Select(a => new { a.Id, a.Name, a.Slug, a.Civility, a.Legislature, Group = a.Group == null ? null : a.Group.Name, GroupSlug = a.Group == null ? null : a.Group.Slug, a.Department, a.Circonscription })
            .ToListAsync(ct);
        return authors
            .Where(a => counts.ContainsKey(a.Id))
            .Select(a => new DeputyStatistics(a.Name, a.Slug, a.Civility, a.Legislature, a.Group, a.GroupSlug, a.Department, a.Circonscription, counts[a.Id].Count, counts[a.Id].Answered))
            .OrderBy(a => a.Name, StringComparer.Create(FrenchText.Culture, ignoreCase: true))
            .ThenByDescending(a => a.Legislature)
            .ToList();
    }

    private static List<LookupStatistics> Lookups(
        IEnumerable<(int Id, int Count, int Answered)> counts,
        Dictionary<int, (string Name, string Slug)> names,
        ILookup<int?, int> delays) =>
        counts
            .Where(c => names.ContainsKey(c.Id))
            .Select(c => new LookupStatistics(names[c.Id].Name, names[c.Id].Slug, c.Count, c.Answered, Median.Of(delays[c.Id].ToList())))
            .OrderByDescending(s => s.Questions)
            .ThenBy(s => s.Name, StringComparer.Create(FrenchText.Culture, ignoreCase: true))
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

    private sealed class KeyDays
    {
        public int? Key { get; set; }

        public int Days { get; set; }
    }
}
