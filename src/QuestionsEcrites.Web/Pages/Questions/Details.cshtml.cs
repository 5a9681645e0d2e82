using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QuestionsEcrites.Search.Highlighting;
using QuestionsEcrites.Search.Querying;

namespace QuestionsEcrites.Web.Pages.Questions;

public sealed class DetailsModel(
    QuestionDetailsQuery query,
    QuestionSearcher searcher,
    SimilarQuestionsService similar,
    QuestionsEcrites.Data.Duplicates.IdenticalTextsQuery identical,
    SnippetBuilder highlighter,
    TimeProvider time) : PageModel
{
    /// <summary>The questions with the same text or the same answer (« Texte repris à l'identique… »).</summary>
    public QuestionsEcrites.Data.Duplicates.IdenticalTexts Identical { get; private set; } = QuestionsEcrites.Data.Duplicates.IdenticalTexts.None;

    public QuestionDetails Question { get; private set; } = null!;

    /// <summary>« Questions proches »; null while the index cannot be searched (the page reads the store alone).</summary>
    public IReadOnlyList<SimilarQuestion>? Similar { get; private set; }

    public DateOnly Today { get; private set; }

    /// <summary>The search that led here (?q=), whose terms are marked in the texts.</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? SearchText { get; set; }

    [BindProperty(SupportsGet = true, Name = "type")]
    public string? TypeCode { get; set; }

    public async Task<IActionResult> OnGetAsync(int legislature, int number, CancellationToken ct)
    {
        var type = QuestionType.QE;
        if (!string.IsNullOrEmpty(TypeCode) && !QuestionTypeCodes.TryParse(TypeCode, out type))
        {
            return NotFound();
        }

        var question = await query.FindAsync(legislature, number, type, ct);
        if (question is null)
        {
            return NotFound();
        }

        Question = question;
        Today = ParisCalendar.Today(time);
        Identical = await identical.ForAsync(question.Key, ct);
        try
        {
            Similar = await similar.FindAsync(question.Key, ct);
        }
        catch (Exception ex) when (QuestionsEcrites.Web.Errors.ApiExceptionHandler.IsSearchUnavailable(ex))
        {
            Similar = null;
        }

        return Page();
    }

    /// <summary>The blocks of a text (paragraphs, lists, tables), each piece HTML-encoded with the search's terms marked.</summary>
    public IReadOnlyList<Formatting.TextBlock> Blocks(string text)
    {
        var terms = string.IsNullOrWhiteSpace(SearchText) ? HighlightTerms.None : searcher.Highlight(SearchText);
        return Formatting.TextLayout.Of(text, piece => highlighter.MarkAll(terms, piece));
    }
}
