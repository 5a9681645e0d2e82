namespace QuestionsEcrites.Data.Duplicates;

/// <summary>A group of near-identical questions: its first question (earliest published) and its size.</summary>
public sealed record IdenticalCluster(LinkedQuestion First, int Questions, int Deputies, DateOnly? LastPublishedOn);

/// <summary>
/// The groups of near-identical question texts, largest first: the connected components of the links
/// (<see cref="DuplicateLinker"/>), a copy of a copy belonging to its original's group. One read of the links and
/// a union-find; the caller caches the result per <see cref="StampAsync"/>.
/// </summary>
public sealed class IdenticalClustersQuery(QuestionsDbContext db)
{
    /// <summary>Moves whenever the linker wrote: the clusters of one stamp stay true until it moves.</summary>
    public async Task<long> StampAsync(CancellationToken ct) =>
        await db.DerivedStamps.AsNoTracking().Where(s => s.Name == DuplicateLinker.StampName).Select(s => (long?)s.Stamp).FirstOrDefaultAsync(ct) ?? 0;

    /// <summary>The questions whose text is linked to at least one other's.</summary>
    public async Task<IReadOnlySet<int>> LinkedIdsAsync(CancellationToken ct) =>
        (await db.IdenticalTexts.AsNoTracking().Where(l => l.Kind == TextKind.Question).Select(l => l.QuestionId).Distinct().ToListAsync(ct)).ToHashSet();

    public async Task<IReadOnlyList<IdenticalCluster>> AllAsync(CancellationToken ct)
    {
        var links = await db.IdenticalTexts.AsNoTracking()
            .Where(l => l.Kind == TextKind.Question && l.QuestionId < l.OtherId)
            .Select(l => new { l.QuestionId, l.OtherId })
            .ToListAsync(ct);
        var parent = new Dictionary<int, int>();
        int Find(int id)
        {
            while (parent.TryGetValue(id, out var up) && up != id)
            {
                parent[id] = parent.GetValueOrDefault(up, up); // path halving
                id = up;
            }

            return id;
        }

        foreach (var link in links)
        {
            parent.TryAdd(link.QuestionId, link.QuestionId);
            parent.TryAdd(link.OtherId, link.OtherId);
            var (a, b) = (Find(link.QuestionId), Find(link.OtherId));
            if (a != b)
            {
                parent[Math.Max(a, b)] = Math.Min(a, b);
            }
        }

        var members = parent.Keys.GroupBy(Find).Where(g => g.Count() > 1).ToList();
        var ids = members.SelectMany(g => g).ToList();
        var rows = new Dictionary<int, (LinkedQuestion Question, int? AuthorId)>();
        foreach (var chunk in ids.Chunk(5_000))
        {
            var found = await db.Questions.AsNoTracking()
                .Where(q => chunk.Contains(q.Id))
                .Select(q => new
                {
                    q.Id,
                    q.Type,
                    q.Legislature,
                    q.Number,
                    q.Title,
                    q.AuthorId,
                    Author = q.Author == null ? null : Author.DisplayNameOf(q.Author.Civility, q.Author.Name),
                    Group = q.Group == null ? null : q.Group.Name,
                    q.PublishedOn,
                    q.Status,
                })
                .ToListAsync(ct);
            foreach (var q in found)
            {
                rows[q.Id] = (new LinkedQuestion(new QuestionKey(q.Type, q.Legislature, q.Number), q.Title, q.Author, q.Group, q.PublishedOn, q.Status), q.AuthorId);
            }
        }

        return members
            .Select(g => g.Where(rows.ContainsKey).Select(id => rows[id]).ToList())
            .Where(g => g.Count > 1)
            .Select(g =>
            {
                var ordered = g.OrderBy(r => r.Question.PublishedOn ?? DateOnly.MaxValue).ThenBy(r => r.Question.Key.Legislature).ThenBy(r => r.Question.Key.Number).ToList();
                return new IdenticalCluster(
                    ordered[0].Question,
                    ordered.Count,
                    ordered.Select(r => r.AuthorId).Where(a => a is not null).Distinct().Count(),
                    ordered.Max(r => r.Question.PublishedOn));
            })
            .OrderByDescending(c => c.Questions)
            .ThenByDescending(c => c.First.PublishedOn ?? DateOnly.MinValue)
            .ToList();
    }
}
