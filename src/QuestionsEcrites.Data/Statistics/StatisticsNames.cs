namespace QuestionsEcrites.Data.Statistics;

/// <summary>A ministry, group or rubrique as the figures name it.</summary>
public sealed record NamedKey(int Id, string Name, string Slug);

/// <summary>A deputy as the figures name them.</summary>
public sealed record DeputyKey(int Id, string DisplayName, string Slug, int Legislature, int? GroupId, string? Department, int? Circonscription);

/// <summary>The names behind the snapshot's ids, both ways (id → name, slug → id).</summary>
public sealed class StatisticsNames
{
    public static StatisticsNames Empty { get; } = new([], [], [], []);

    public StatisticsNames(IReadOnlyList<NamedKey> ministries, IReadOnlyList<NamedKey> groups, IReadOnlyList<NamedKey> rubriques, IReadOnlyList<DeputyKey> deputies)
    {
        Ministries = ministries.ToDictionary(m => m.Id);
        Groups = groups.ToDictionary(g => g.Id);
        Rubriques = rubriques.ToDictionary(r => r.Id);
        Deputies = deputies.ToDictionary(d => d.Id);
        MinistryBySlug = ministries.ToDictionary(m => m.Slug, m => m.Id, StringComparer.Ordinal);
        GroupBySlug = groups.ToDictionary(g => g.Slug, g => g.Id, StringComparer.Ordinal);
        RubriqueBySlug = rubriques.ToDictionary(r => r.Slug, r => r.Id, StringComparer.Ordinal);
        DeputyBySlug = deputies.ToDictionary(d => d.Slug, d => d.Id, StringComparer.Ordinal);
    }

    public IReadOnlyDictionary<int, NamedKey> Ministries { get; }

    public IReadOnlyDictionary<int, NamedKey> Groups { get; }

    public IReadOnlyDictionary<int, NamedKey> Rubriques { get; }

    public IReadOnlyDictionary<int, DeputyKey> Deputies { get; }

    public IReadOnlyDictionary<string, int> MinistryBySlug { get; }

    public IReadOnlyDictionary<string, int> GroupBySlug { get; }

    public IReadOnlyDictionary<string, int> RubriqueBySlug { get; }

    public IReadOnlyDictionary<string, int> DeputyBySlug { get; }
}

/// <summary>Reads the names of ministries, groups, rubriques and deputies (small tables, read whole).</summary>
public sealed class StatisticsNamesReader(IDbContextFactory<QuestionsDbContext> dbFactory)
{
    public async Task<StatisticsNames> ReadAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var ministries = await db.Ministries.AsNoTracking().Select(m => new NamedKey(m.Id, m.Name, m.Slug)).ToListAsync(ct);
        var groups = await db.PoliticalGroups.AsNoTracking().Select(g => new NamedKey(g.Id, g.Name, g.Slug)).ToListAsync(ct);
        var rubriques = await db.Rubriques.AsNoTracking().Select(r => new NamedKey(r.Id, r.Name, r.Slug)).ToListAsync(ct);
        var deputies = (await db.Authors.AsNoTracking()
                .Select(a => new { a.Id, a.Civility, a.Name, a.Slug, a.Legislature, a.GroupId, a.Department, a.Circonscription })
                .ToListAsync(ct))
            .Select(a => new DeputyKey(a.Id, Author.DisplayNameOf(a.Civility, a.Name), a.Slug, a.Legislature, a.GroupId, a.Department, a.Circonscription))
            .ToList();
        return new StatisticsNames(ministries, groups, rubriques, deputies);
    }
}
