using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using QuestionsEcrites.Domain.Questions;
using QuestionsEcrites.Domain.Text;

namespace QuestionsEcrites.Search.Indexing;

/// <summary>Turns a <see cref="QuestionDocument"/> into a Lucene document. Only the key and the store id are stored.</summary>
public static class QuestionDocumentMapper
{
    /// <summary>Folds the words of acronym definitions as queries fold them (analyzers reuse per-thread streams: shareable).</summary>
    private static readonly Lucene.Net.Analysis.Analyzer DefinitionWords = Analysis.FrenchAnalyzers.Exact(Analysis.CompoundForms.Parts);

    public static Document ToLucene(QuestionDocument q)
    {
        ArgumentNullException.ThrowIfNull(q);
        var doc = new Document
        {
            // Hits are read from doc values (a column per field), not stored fields (a compressed block per hit).
            new StringField(IndexFields.Key, q.Key.ToString(), Field.Store.NO),
            new NumericDocValuesField(IndexFields.DbId, q.Id),
            new NumericDocValuesField(IndexFields.TypeCode, (long)q.Key.Type),
            new StringField(IndexFields.Type, q.Key.Type.ToString(), Field.Store.NO),
            new StringField(IndexFields.Legislature, q.Key.Legislature.ToString(CultureInfo.InvariantCulture), Field.Store.NO),
            new StringField(IndexFields.Status, q.Status.ToCode(), Field.Store.NO),
            new NumericDocValuesField(IndexFields.SortLegislature, q.Key.Legislature),
            new NumericDocValuesField(IndexFields.SortNumber, q.Key.Number),
            Facet(IndexFields.FacetStatus, q.Status.ToCode()),
            Facet(IndexFields.FacetLegislature, q.Key.Legislature.ToString(CultureInfo.InvariantCulture)),
        };

        AddText(doc, IndexFields.Title, IndexFields.TitleExact, q.Title);
        AddText(doc, IndexFields.Text, IndexFields.TextExact, q.Text);
        if (!string.IsNullOrEmpty(q.AnswerText))
        {
            AddText(doc, IndexFields.Answer, IndexFields.AnswerExact, q.AnswerText);
        }

        // The acronyms the texts define, one term each (« fco\u001ffievre catarrhale ovine »): the corpus's synonym map.
        var definitions = Analysis.AcronymDefinitions.Find(q.Text, DefinitionWords).Concat(Analysis.AcronymDefinitions.Find(q.AnswerText, DefinitionWords));
        foreach (var definition in definitions.Distinct())
        {
            doc.Add(new StringField(IndexFields.AcronymDefinition, definition.Acronym + IndexFields.DefinitionSeparator + definition.Expansion, Field.Store.NO));
        }

        // Names typed in the search box find their questions too: the Assemblée's indexation, ministries, author, group.
        var meta = string.Join(" · ", new[] { q.Rubrique, q.TeteAnalyse, q.Analyses, q.MinistryAsked, q.MinistryAssigned, q.AuthorName, q.Group }.Where(v => !string.IsNullOrEmpty(v)));
        if (meta.Length > 0)
        {
            AddText(doc, IndexFields.Meta, IndexFields.MetaExact, meta);
        }

        AddFilter(doc, IndexFields.Rubrique, q.RubriqueSlug);
        foreach (var analyse in Indexation.SplitAnalyses(q.Analyses))
        {
            AddFilter(doc, IndexFields.Analyse, Slugs.From(analyse));
            doc.Add(new SortedSetDocValuesField(IndexFields.FacetAnalyse, new BytesRef(analyse)));
        }

        AddFilter(doc, IndexFields.Ministry, q.MinistryAssignedSlug);
        if (q.MinistryAskedSlug != q.MinistryAssignedSlug)
        {
            AddFilter(doc, IndexFields.Ministry, q.MinistryAskedSlug);
        }

        AddFilter(doc, IndexFields.Author, q.AuthorSlug);
        AddFilter(doc, IndexFields.Author, q.AuthorName is null ? null : Slugs.From(q.AuthorName));
        AddFilter(doc, IndexFields.Group, q.GroupSlug);
        AddFilter(doc, IndexFields.Department, q.Department is null ? null : Slugs.From(q.Department));

        if (q.Rubrique is not null)
        {
            doc.Add(Facet(IndexFields.FacetRubrique, q.Rubrique));
        }

        // Both ministries, as the `ministere` filter matches either: the facet's counts are the filter's totals.
        foreach (var ministry in new[] { q.MinistryAsked, q.MinistryAssigned }.OfType<string>().Distinct(StringComparer.Ordinal))
        {
            doc.Add(new SortedSetDocValuesField(IndexFields.FacetMinistry, new BytesRef(ministry)));
        }

        if (q.Group is not null)
        {
            doc.Add(Facet(IndexFields.FacetGroup, q.Group));
        }

        if (q.PublishedOn is { } published)
        {
            var value = IndexFields.DateValue(published);
            doc.Add(new Int32Field(IndexFields.Published, value, Field.Store.NO));
            doc.Add(new NumericDocValuesField(IndexFields.SortPublished, value));
            doc.Add(Facet(IndexFields.FacetYear, published.Year.ToString(CultureInfo.InvariantCulture)));
        }
        else
        {
            doc.Add(new NumericDocValuesField(IndexFields.SortPublished, 0));
        }

        var latest = QuestionTimeline.Latest(q.PublishedOn, q.AttributionChangedOn, q.SignaledOn, q.AnsweredOn, q.ClosedOn);
        doc.Add(new NumericDocValuesField(IndexFields.SortLastStep, latest is { } step ? IndexFields.DateValue(step.Date) : 0));
        return doc;
    }

    /// <summary>A text in its stemmed and its exact field, analysed once for both (<see cref="Analysis.TwinAnalysis"/>).</summary>
    private static void AddText(Document doc, string stemmedField, string exactField, string text)
    {
        var analysis = new Analysis.TwinAnalysis(text);
        doc.Add(new TextField(stemmedField, analysis.StemmedStream()));
        doc.Add(new TextField(exactField, analysis.ExactStream()));
    }

    private static void AddFilter(Document doc, string field, string? slug)
    {
        if (!string.IsNullOrEmpty(slug))
        {
            doc.Add(new StringField(field, slug, Field.Store.NO));
        }
    }

    /// <summary>A single-valued facet (the ministry facet, multi-valued, uses sorted-set doc values).</summary>
    private static SortedDocValuesField Facet(string field, string value) => new(field, new BytesRef(value));
}
