namespace QuestionsEcrites.Data.Duplicates;

/// <summary>A question linked to another as near-identical: what lists of them show.</summary>
public sealed record LinkedQuestion(QuestionKey Key, string Title, string? Author, string? Group, DateOnly? PublishedOn, QuestionStatus Status);

/// <summary>The questions whose text repeats a question's, and those answered with its answer, oldest first.</summary>
public sealed record IdenticalTexts(IReadOnlyList<LinkedQuestion> SameText, IReadOnlyList<LinkedQuestion> SameAnswer)
{
    public static IdenticalTexts None { get; } = new([], []);
}

/// <summary>Reads the links <see cref="DuplicateLinker"/> wrote.</summary>
public sealed class IdenticalTextsQuery(QuestionsDbContext db)
{
    public async Task<IdenticalTexts> ForAsync(QuestionKey key, CancellationToken ct)
    {
        var id = await db.Questions.AsNoTracking()
            .Where(q => q.Type == key.Type && q.Legislature == key.Legislature && q.Number == key.Number)
            .Select(q => (int?)q.Id)
            .FirstOrDefaultAsync(ct);
        if (id is null)
        {
            return IdenticalTexts.None;
        }

        var linked = await (
            from link in db.IdenticalTexts.AsNoTracking()
            where link.QuestionId == id
            join q in db.Questions on link.OtherId equals q.Id
            select new
            {
                link.Kind,
                q.Type,
                q.Legislature,
                q.Number,
                q.Title,
                Author = q.Author == null ? null : Author.DisplayNameOf(q.Author.Civility, q.Author.Name),
                Group = q.Group == null ? null : q.Group.Name,
                q.PublishedOn,
                q.Status,
            }).ToListAsync(ct);

        List<LinkedQuestion> Of(TextKind kind) => linked
            .Where(l => l.Kind == kind)
            .OrderBy(l => l.PublishedOn ?? DateOnly.MaxValue).ThenBy(l => l.Legislature).ThenBy(l => l.Number)
            .Select(l => new LinkedQuestion(new QuestionKey(l.Type, l.Legislature, l.Number), l.Title, l.Author, l.Group, l.PublishedOn, l.Status))
            .ToList();

        return new IdenticalTexts(Of(TextKind.Question), Of(TextKind.Answer));
    }
}
