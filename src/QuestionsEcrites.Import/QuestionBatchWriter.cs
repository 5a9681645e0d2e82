using Microsoft.EntityFrameworkCore;
using QuestionsEcrites.Data;
using QuestionsEcrites.Data.Bulk;
using QuestionsEcrites.Import.Parsing;

namespace QuestionsEcrites.Import;

internal enum WriteOutcome
{
    Added,
    Updated,
    Unchanged,
}

internal sealed record ParsedDocument(string Source, ParsedQuestion Question);

/// <summary>
/// Upserts one batch of parsed questions into a fresh context, keyed by (legislature, number, type). Merging keeps
/// the richest data: a value present in the document replaces the stored one, a value the document lacks (an
/// answer, a closure, a page number) never erases what is stored. New questions are written by
/// <see cref="QuestionBulkInserter"/> (prepared statements), the rest through EF's change tracking.
/// </summary>
internal sealed class QuestionBatchWriter(QuestionsDbContext db, LookupCache lookups, DateTimeOffset now, long changeStamp)
{
    // The batch's questions, stored and new, by key: a document later in the batch merges into one met before.
    private Dictionary<QuestionKey, Question> _questions = [];

    public async Task<IReadOnlyList<WriteOutcome>> WriteAsync(IReadOnlyList<ParsedDocument> documents, CancellationToken ct)
    {
        // Changes are detected once, before saving, instead of on every EF call of the loop.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        lookups.StartBatch();
        var existing = await LoadExistingAsync(documents, ct);
        _questions = existing;
        await lookups.Authors.PreloadAsync(
            db,
            documents.Where(d => d.Question.Author is not null).Select(d => (d.Question.Key.Legislature, d.Question.Author!)),
            existing.Values.Where(q => q.AuthorId is not null).Select(q => q.AuthorId!.Value),
            ct);

        var outcomes = new List<WriteOutcome>(documents.Count);
        var fresh = new List<Question>();
        foreach (var document in documents)
        {
            var parsed = document.Question;
            var key = parsed.Key;
            WriteOutcome outcome;
            if (existing.TryGetValue(key, out var question))
            {
                var changed = await MergeAsync(question, parsed, isNew: false, ct);

                // The stored version's origin is part of what the export shows.
                changed |= Assign(question.Source, document.Source, v => question.Source = v);
                if (changed)
                {
                    question.UpdatedAt = now;
                    question.ChangeStamp = changeStamp;
                }

                outcome = changed ? WriteOutcome.Updated : WriteOutcome.Unchanged;
            }
            else
            {
                question = new Question
                {
                    Type = parsed.Key.Type,
                    Legislature = parsed.Key.Legislature,
                    Number = parsed.Key.Number,
                    Title = parsed.Title,
                    Text = parsed.Text,
                    Source = document.Source,
                    ImportedAt = now,
                    UpdatedAt = now,
                    ChangeStamp = changeStamp,
                };
                await MergeAsync(question, parsed, isNew: true, ct);
                fresh.Add(question);
                existing[key] = question;
                outcome = WriteOutcome.Added;
            }

            outcomes.Add(outcome);
        }

        db.ChangeTracker.DetectChanges();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);

        // Deputies found to be one person in two rows: their other questions follow the surviving row, and the
        // questions of a renamed deputy are indexed again.
        foreach (var (loserId, survivor) in lookups.Authors.UnitedInBatch)
        {
            await db.Questions.Where(q => q.AuthorId == loserId)
                .ExecuteUpdateAsync(s => s.SetProperty(q => q.AuthorId, survivor.Id).SetProperty(q => q.ChangeStamp, changeStamp), ct);
        }

        foreach (var renamed in lookups.Authors.RenamedInBatch.Chunk(500))
        {
            await db.Questions.Where(q => q.AuthorId != null && renamed.Contains(q.AuthorId.Value))
                .ExecuteUpdateAsync(s => s.SetProperty(q => q.ChangeStamp, changeStamp), ct);
        }

        // Lookups, authors and updated questions first, through EF: the new questions need their ids.
        await db.SaveChangesAsync(ct);
        using (var inserter = new QuestionBulkInserter(db))
        {
            inserter.Insert(fresh);
        }

        await transaction.CommitAsync(ct);
        lookups.Commit();
        return outcomes;
    }

    private async Task<Dictionary<QuestionKey, Question>> LoadExistingAsync(IReadOnlyList<ParsedDocument> documents, CancellationToken ct)
    {
        var found = new Dictionary<QuestionKey, Question>();
        foreach (var group in documents.GroupBy(d => (d.Question.Key.Type, d.Question.Key.Legislature)))
        {
            var (type, legislature) = group.Key;
            foreach (var numbers in group.Select(d => d.Question.Key.Number).Distinct().Chunk(500))
            {
                var questions = await db.Questions
                    .Include(q => q.Answer)
                    .Include(q => q.Events)
                    .Where(q => q.Type == type && q.Legislature == legislature && numbers.Contains(q.Number))
                    .ToListAsync(ct);
                foreach (var question in questions)
                {
                    found[new QuestionKey(question.Type, question.Legislature, question.Number)] = question;
                }
            }
        }

        return found;
    }

    /// <summary>Applies the document to the question; true when anything a user can see changed.</summary>
    private async Task<bool> MergeAsync(Question question, ParsedQuestion parsed, bool isNew, CancellationToken ct)
    {
        var changed = false;
        if (!parsed.TitleIsFallback)
        {
            changed |= Assign(question.Title, parsed.Title, v => question.Title = v);
        }

        // Until a document names the ministry assigned, it is the ministry asked (as at publication).
        var ministryAssigned = parsed.MinistryAssigned ?? (isNew ? parsed.MinistryAsked : null);
        var ministryAsked = parsed.MinistryAsked ?? (isNew ? parsed.MinistryAssigned : null);
        changed |= Assign(question.Text, parsed.Text, v => question.Text = v);
        changed |= AssignPresent(question.TeteAnalyse, parsed.Indexation.TeteAnalyse, v => question.TeteAnalyse = v);
        changed |= AssignPresent(question.Analyses, parsed.Indexation.Analyses, v => question.Analyses = v);
        changed |= AssignPresent(question.MinistryAskedLabel, ministryAsked, v => question.MinistryAskedLabel = v);
        changed |= AssignPresent(question.MinistryAssignedLabel, ministryAssigned, v => question.MinistryAssignedLabel = v);
        changed |= AssignPresent(question.PublishedOn, parsed.PublishedOn, v => question.PublishedOn = v);
        changed |= AssignPresent(question.JoPage, parsed.JoPage, v => question.JoPage = v);
        changed |= AssignPresent(question.SignaledOn, parsed.SignaledOn, v => question.SignaledOn = v);
        changed |= AssignPresent(question.AttributionChangedOn, parsed.AttributionChangedOn, v => question.AttributionChangedOn = v);
        changed |= AssignPresent(question.ClosedOn, parsed.ClosedOn, v => question.ClosedOn = v);
        changed |= AssignPresent(question.ClosureReason, parsed.ClosureReason, v => question.ClosureReason = v);

        changed |= Link(lookups.Rubrique(db, parsed.Indexation.Rubrique), question.RubriqueId, r => question.Rubrique = r);
        changed |= Link(lookups.Ministry(db, ministryAsked), question.MinistryAskedId, m => question.MinistryAsked = m);
        changed |= Link(lookups.Ministry(db, ministryAssigned), question.MinistryAssignedId, m => question.MinistryAssigned = m);

        if (parsed.Author is { } parsedAuthor)
        {
            var group = lookups.Group(db, parsedAuthor.Group);
            changed |= Link(group, question.GroupId, g => question.Group = g);
            var stored = question.Author ?? await lookups.Authors.StoredAsync(db, question.AuthorId, ct);
            var match = await lookups.Authors.ResolveAsync(db, parsed.Key.Legislature, parsedAuthor, stored, ct);
            var author = match.Author;
            foreach (var united in match.United)
            {
                FollowUnitedAuthor(united, author);
            }

            changed |= MergeAuthor(author, parsedAuthor, group, parsed.PublishedOn);
            if (question.AuthorId != author.Id || author.Id == 0)
            {
                changed |= question.AuthorId != author.Id;
                question.Author = author;
            }
        }

        if (parsed.Answer is { } parsedAnswer)
        {
            if (question.Answer is null)
            {
                question.Answer = new Answer { PublishedOn = parsedAnswer.PublishedOn, JoPage = parsedAnswer.JoPage, Text = parsedAnswer.Text };
                changed = true;
            }
            else
            {
                var answer = question.Answer;
                changed |= AssignPresent(answer.PublishedOn, parsedAnswer.PublishedOn, v => answer.PublishedOn = v);
                changed |= AssignPresent(answer.JoPage, parsedAnswer.JoPage, v => answer.JoPage = v);
                changed |= AssignPresent(answer.Text, parsedAnswer.Text, v => answer.Text = v);
            }
        }

        // Events accumulate across sources; one already known is not added twice.
        foreach (var parsedEvent in parsed.Events.Distinct())
        {
            if (!question.Events.Any(e => e.Kind == parsedEvent.Kind && e.Date == parsedEvent.Date && (parsedEvent.Label is null || e.Label == parsedEvent.Label)))
            {
                question.Events.Add(new QuestionEvent { Kind = parsedEvent.Kind, Date = parsedEvent.Date, Label = parsedEvent.Label });
                changed = true;
            }
        }

        var status = question.Status;
        question.RefreshStatus();
        return changed || status != question.Status;
    }

    /// <summary>The batch's questions of a deputy's row that was united into another now belong to that one.</summary>
    private void FollowUnitedAuthor(Author united, Author survivor)
    {
        foreach (var question in _questions.Values)
        {
            if (question.Author == united || (united.Id != 0 && question.AuthorId == united.Id && question.Author is null))
            {
                question.Author = survivor;
                question.ChangeStamp = changeStamp;
                question.UpdatedAt = now;
            }
        }
    }

    /// <summary>The place and group a document gives its author; the name and identifier are the lookup's (by source).</summary>
    private static bool MergeAuthor(Author author, ParsedAuthor parsed, PoliticalGroup? group, DateOnly? publishedOn)
    {
        var changed = false;
        changed |= AssignPresent(author.Department, parsed.Department, v => author.Department = v);
        changed |= AssignPresent(author.Circonscription, parsed.Circonscription, v => author.Circonscription = v);

        // The author's current group is the one of their most recent question.
        var isLatest = author.LastQuestionOn is null || (publishedOn is not null && publishedOn >= author.LastQuestionOn);
        if (isLatest)
        {
            author.LastQuestionOn = publishedOn ?? author.LastQuestionOn;
            if (group is not null && (author.GroupId != group.Id || group.Id == 0))
            {
                changed |= author.GroupId != group.Id;
                author.Group = group;
            }
        }

        return changed;
    }

    private static bool Link<T>(T? entity, int? currentId, Action<T> set)
        where T : NamedEntity
    {
        if (entity is null)
        {
            return false;
        }

        var changed = entity.Id == 0 || entity.Id != currentId;
        if (changed)
        {
            set(entity);
        }

        return changed;
    }

    private static bool Assign<T>(T current, T value, Action<T> set)
    {
        if (EqualityComparer<T>.Default.Equals(current, value))
        {
            return false;
        }

        set(value);
        return true;
    }

    private static bool AssignPresent<T>(T? current, T? value, Action<T?> set) =>
        value is not null && Assign(current, value, set);
}
