using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http.Extensions;
using QuestionsEcrites.Web.Formatting;
using QuestionsEcrites.Search.Querying;
using QuestionsEcrites.Web.Searching;

namespace QuestionsEcrites.Web.Feeds;

/// <summary>
/// Builds the site's Atom feeds: a list's (any search and filters: its 50 questions whose latest step is newest,
/// one entry each, saying which step) and one question's (each of its steps). Entry ids are tag URIs made of the
/// question and the step, so a reader shows the answer as a new entry when it comes.
/// </summary>
public sealed class FeedBuilder(QuestionSearchService search, QuestionsDbContext db, LinkGenerator links)
{
    // Accents stay readable in the summaries; markup characters are encoded.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public const int EntryCount = 50;

    /// <summary>The tag URI authority and date (RFC 4151): fixed, so ids stay the same whatever the host.</summary>
    private const string TagPrefix = "tag:questions-ecrites.fr,2026:";

    /// <summary>The feed of a list: <paramref name="request"/>'s search, latest step first.</summary>
    public async Task<AtomFeed> ListAsync(HttpContext http, string title, QuestionSearchRequest request, bool onlyIdenticalTexts, Uri alternate, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(request);
        var page = await search.SearchAsync(
            request with { Sort = SearchSort.LastStep, Page = 1, PageSize = EntryCount, IncludeFacets = false, CorrectSpelling = false },
            onlyIdenticalTexts,
            ct);
        var keys = page.Items.Select(i => (i.Type, i.Legislature, i.Number)).ToList();
        var numbers = keys.Select(k => k.Number).Distinct().ToList();
        var legislatures = keys.Select(k => k.Legislature).Distinct().ToList();
        var steps = (await db.Questions.AsNoTracking()
                .Where(q => legislatures.Contains(q.Legislature) && numbers.Contains(q.Number)) // the key's index serves both
                .Select(q => new { q.Type, q.Legislature, q.Number, q.PublishedOn, q.AttributionChangedOn, q.SignaledOn, Answered = q.Answer == null ? null : q.Answer.PublishedOn, q.ClosedOn })
                .ToListAsync(ct))
            .ToDictionary(q => (q.Type, q.Legislature, q.Number));

        var entries = new List<AtomEntry>(page.Items.Count);
        foreach (var item in page.Items)
        {
            if (!steps.TryGetValue((item.Type, item.Legislature, item.Number), out var q)
                || QuestionTimeline.Latest(q.PublishedOn, q.AttributionChangedOn, q.SignaledOn, q.Answered, q.ClosedOn) is not { } latest)
            {
                continue; // a question without any date has no step to tell
            }

            entries.Add(Entry(http, item, latest, item.Snippet));
        }

        var self = new Uri(http.Request.GetEncodedUrl());
        return new AtomFeed(TagPrefix + "flux" + http.Request.Path + CanonicalQuery(http.Request.Query), title, Updated(entries), self, alternate, entries);
    }

    /// <summary>One question's feed: each of its steps, latest first; null when there is no such question.</summary>
    public async Task<AtomFeed?> QuestionAsync(HttpContext http, QuestionKey key, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        var q = await db.Questions.AsNoTracking()
            .Where(q => q.Type == key.Type && q.Legislature == key.Legislature && q.Number == key.Number)
            .Select(q => new
            {
                q.Title,
                q.PublishedOn,
                q.AttributionChangedOn,
                q.SignaledOn,
                q.ClosedOn,
                q.Status,
                q.MinistryAssignedLabel,
                q.Text,
                Author = q.Author == null ? null : Author.DisplayNameOf(q.Author.Civility, q.Author.Name),
                Group = q.Group == null ? null : q.Group.Name,
                Answered = q.Answer == null ? null : q.Answer.PublishedOn,
                AnswerText = q.Answer == null ? null : q.Answer.Text,
            })
            .FirstOrDefaultAsync(ct);
        if (q is null)
        {
            return null;
        }

        var item = new QuestionListItem(key.Type, key.Legislature, key.Number, q.Title, null, null, q.MinistryAssignedLabel, q.Author, null, q.Group, q.PublishedOn, q.Answered, q.Status, null);
        var entries = QuestionTimeline.Steps(q.PublishedOn, q.AttributionChangedOn, q.SignaledOn, q.Answered, q.ClosedOn)
            .Reverse()
            .Select(step => Entry(http, item, step, Html.Encode(QuestionsEcrites.Search.Highlighting.SnippetBuilder.Opening(step.Kind == TimelineStepKind.Answered && q.AnswerText is { } answer ? answer : q.Text))))
            .ToList();
        var page = QuestionPage(http, item);
        return new AtomFeed(TagPrefix + QuestionTag(item), $"Question n° {key.Number} : {q.Title}", Updated(entries), new Uri(http.Request.GetEncodedUrl()), page, entries);
    }

    private AtomEntry Entry(HttpContext http, QuestionListItem item, TimelineStep step, string? snippetHtml)
    {
        var label = StepLabels.Of(step.Kind);
        var byline = string.Join(" · ", new[] { item.Author is null ? null : item.Author + (item.Group is null ? null : $" ({item.Group})"), item.MinistryAssigned, $"n° {item.Number}, {French.Legislature(item.Legislature)}" }.OfType<string>());
        var summary = $"<p>{Html.Encode(label)} le {Html.Encode(French.Date(step.Date))}. {Html.Encode(byline)}</p>"
            + (string.IsNullOrEmpty(snippetHtml) ? string.Empty : $"<p>{snippetHtml}</p>");
        return new AtomEntry(
            TagPrefix + QuestionTag(item) + "/" + StepLabels.Term(step.Kind),
            $"{label} : {item.Title}",
            ParisCalendar.StartOf(step.Date),
            QuestionPage(http, item),
            item.Author,
            StepLabels.Term(step.Kind),
            label,
            summary);
    }

    private Uri QuestionPage(HttpContext http, QuestionListItem item) =>
        new(links.GetUriByPage(http, "/Questions/Details", handler: null, values: new { legislature = item.Legislature, number = item.Number, type = item.TypeRouteValue })
            ?? throw new InvalidOperationException("No route to the question page."));

    private static string QuestionTag(QuestionListItem item) => new QuestionKey(item.Type, item.Legislature, item.Number).Uid;

    /// <summary>The latest entry's date; a feed without entries is as old as the epoch of its ids (Atom requires a date).</summary>
    private static DateTimeOffset Updated(List<AtomEntry> entries) =>
        entries.Count == 0 ? new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero) : entries.Max(e => e.Updated);

    /// <summary>The list's parameters in a fixed order, without those that do not change its entries.</summary>
    private static string CanonicalQuery(IQueryCollection query)
    {
        var kept = query.Where(p => p.Key is not ("page" or "taille" or "tri") && !string.IsNullOrWhiteSpace(p.Value))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value.ToString().Trim()))
            .ToList();
        return kept.Count == 0 ? string.Empty : "?" + string.Join('&', kept);
    }
}
