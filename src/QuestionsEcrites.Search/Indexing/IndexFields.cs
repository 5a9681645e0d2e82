using System.Globalization;
using QuestionsEcrites.Domain.Questions;

namespace QuestionsEcrites.Search.Indexing;

/// <summary>Field names of the index. Changing what a field holds means bumping <see cref="SchemaVersion"/>.</summary>
public static class IndexFields
{
    /// <summary>Stored in the commit data; an index of another version is rebuilt at start-up.</summary>
    public const string SchemaVersion = "8";

    public const string Key = "key";
    public const string DbId = "dbid";
    public const string TypeCode = "type_code";

    // Stemmed French text.
    public const string Title = "title";
    public const string Text = "text";
    public const string Answer = "answer";
    public const string Meta = "meta";

    // Folded but unstemmed: exact phrases and prefixes.
    public const string TitleExact = "title_x";
    public const string TextExact = "text_x";
    public const string AnswerExact = "answer_x";
    public const string MetaExact = "meta_x";

    /// <summary>The acronyms a question's texts define: « acronym␟expansion », folded (<see cref="Analysis.AcronymDefinitions"/>).</summary>
    public const string AcronymDefinition = "acronym_def";

    public const char DefinitionSeparator = '\u001f';

    // Filters (slugs, exact terms).
    public const string Rubrique = "rubrique";
    public const string Analyse = "analyse";
    public const string Ministry = "ministere";
    public const string Author = "auteur";
    public const string Group = "groupe";
    public const string Department = "departement";
    public const string Status = "statut";
    public const string Type = "type";
    public const string Legislature = "legislature";
    public const string Published = "published";

    // Doc values: sort keys and facet labels.
    public const string SortPublished = "sort_published";

    /// <summary>The date of the question's latest step (<see cref="QuestionTimeline"/>): feeds list the latest first.</summary>
    public const string SortLastStep = "sort_last_step";
    public const string SortLegislature = "sort_legislature";
    public const string SortNumber = "sort_number";
    public const string FacetRubrique = "f_rubrique";
    public const string FacetMinistry = "f_ministere";
    public const string FacetAnalyse = "f_analyse";
    public const string FacetGroup = "f_groupe";
    public const string FacetStatus = "f_statut";
    public const string FacetYear = "f_annee";
    public const string FacetLegislature = "f_legislature";

    /// <summary>Dates as yyyymmdd integers: ordered, and cheap to range over.</summary>
    public static int DateValue(DateOnly date) => (date.Year * 10_000) + (date.Month * 100) + date.Day;
}
