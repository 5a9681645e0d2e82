namespace QuestionsEcrites.Benchmarks.Generation;

/// <summary>
/// Makes question number <c>index</c> of a corpus of <c>count</c>, the same whatever order or thread asks: each
/// question draws from its own random stream. Legislatures hold shares of the corpus in proportion to their real
/// volumes; within one, numbers and publication dates (Tuesdays, the JO's day for questions) grow together.
/// </summary>
internal sealed class QuestionFactory
{
    private const int TopicSize = 600;

    private readonly long _seed;
    private readonly Vocabulary _vocabulary;
    private readonly Parliament _parliament;
    private readonly TextComposer _composer;
    private readonly LegislatureProfile[] _legislatures;
    private readonly long[] _starts;
    private readonly long[] _counts;
    private readonly AliasSampler _rubriques = AliasSampler.Zipf(Catalog.Rubriques.Count, 0.8);
    private readonly AliasSampler _ministries = AliasSampler.Zipf(Catalog.Ministries.Count, 1.1);
    private readonly (AliasSampler Sampler, string[] Words)[] _topics;

    /// <summary>Share of questions that copy an earlier one's text (another deputy, another salutation): 0 by default.</summary>
    private readonly double _copyShare;

    public QuestionFactory(long seed, long count, Vocabulary vocabulary, Parliament parliament, double copyShare = 0)
    {
        _seed = seed;
        _copyShare = copyShare;
        _vocabulary = vocabulary;
        _parliament = parliament;
        _composer = new TextComposer(vocabulary);
        _legislatures = [.. LegislatureProfile.All];
        (_starts, _counts) = Allocate(count, _legislatures.Select(l => (double)l.RealQuestionCount).ToArray());
        _topics = Catalog.Rubriques.Select((r, i) => Topic(r.Rubrique, i)).ToArray();
    }

    /// <summary>How many questions of the corpus each legislature holds.</summary>
    public IReadOnlyList<(int Legislature, long Count)> Allocation => _legislatures.Select((l, i) => (l.Number, _counts[i])).ToList();

    /// <summary>
    /// The question; with a copy share, some questions take an earlier original's text with their own salutation
    /// (a third of them with one sentence changed) and, when both are answered, half reuse its answer: labelled, so
    /// that near-duplicate detection is measured (precision, recall).
    /// </summary>
    public QuestionSpec Create(long index)
    {
        var spec = CreateOriginal(index);
        if (!IsCopy(index))
        {
            return spec;
        }

        // The source is an original: the nearest earlier question that copies nothing (its stored text is its own).
        var rng = Rng.For(_seed, stream: 7, index);
        var sourceIndex = index - 1 - rng.Next((int)Math.Min(index, 500));
        while (sourceIndex > 0 && IsCopy(sourceIndex))
        {
            sourceIndex--;
        }

        var source = CreateOriginal(sourceIndex);
        var paragraphs = source.QuestionParagraphs.ToList();
        paragraphs[0] = spec.Opening + paragraphs[0][source.Opening.Length..];
        var changed = false;
        if (rng.Chance(1 / 3.0))
        {
            // One sentence of the copy is the deputy's own, as long as a sentence of a question (25 words at most),
            // taken from the text the deputy would have written.
            var p = rng.Next(paragraphs.Count);
            var sentences = paragraphs[p].Split(". ").ToList();
            var own = spec.QuestionParagraphs[^1].Split(". ");
            if (sentences.Count > 2 && own.Length > 1)
            {
                static string Short(string sentence) => string.Join(' ', sentence.Split(' ').Take(25));
                var at = 1 + rng.Next(sentences.Count - 2);
                sentences[at] = Short(own[rng.Next(own.Length - 1)]);
                paragraphs[p] = string.Join(". ", sentences);
                changed = true;
            }
        }

        var reuseAnswer = spec.AnswerParagraphs is not null && source.AnswerParagraphs is not null && rng.Chance(0.5);
        return spec with
        {
            QuestionParagraphs = paragraphs,
            CopyOf = (source.Legislature, source.Number, changed),
            AnswerParagraphs = reuseAnswer ? source.AnswerParagraphs : spec.AnswerParagraphs,
            AnswerPageBreak = reuseAnswer ? null : spec.AnswerPageBreak,
            AnswerCopyOf = reuseAnswer ? (source.Legislature, source.Number) : null,
        };
    }

    /// <summary>Whether question <paramref name="index"/> is a labelled copy (its own random stream decides).</summary>
    private bool IsCopy(long index) => _copyShare > 0 && index > 0 && Rng.For(_seed, stream: 6, index).Chance(_copyShare);

    private QuestionSpec CreateOriginal(long index)
    {
        var rng = Rng.For(_seed, stream: 4, index);
        var slot = Array.FindLastIndex(_starts, s => s <= index);
        var legislature = _legislatures[slot];
        var k = index - _starts[slot];
        var n = _counts[slot];

        // Numbers spread like the real ones (about RealQuestionCount per legislature), strictly increasing.
        var stride = Math.Max(1.0, legislature.RealQuestionCount / (double)n);
        var number = 1 + (int)Math.Floor(k * stride);

        var span = legislature.End.DayNumber - legislature.Start.DayNumber - 10;
        var published = Tuesday(legislature.Start.AddDays((int)((k + rng.NextDouble()) / n * span)), legislature.End);

        var author = _parliament.SampleAuthor(legislature.Number, rng);
        var rubriqueIndex = _rubriques.Sample(rng);
        var (rubrique, usualMinistry) = Catalog.Rubriques[rubriqueIndex];
        var asked = rng.Chance(0.65) ? usualMinistry : _ministries.Sample(rng);
        var assigned = asked;
        DateOnly? attributionChanged = null;
        if (rng.Chance(0.08))
        {
            while (assigned == asked)
            {
                assigned = _ministries.Sample(rng);
            }

            attributionChanged = published.AddDays(rng.Next(7, 120));
        }

        var (topicSampler, topicWords) = _topics[rubriqueIndex];
        var burst = new string[12];
        for (var i = 0; i < burst.Length; i++)
        {
            burst[i] = i < 8 ? _vocabulary.SampleContent(rng) : _vocabulary.Content[rng.Next(1_000, 20_000)];
        }

        var context = new DocumentContext(topicSampler, topicWords, burst);
        var title = _composer.Title(rng, context);

        var ministerWoman = rng.Chance(0.4);
        var phrase = Catalog.Ministries[asked].Phrase;
        if (ministerWoman)
        {
            phrase = phrase.Replace("chargé ", "chargée ", StringComparison.Ordinal);
        }

        var opening = $"{author.Civility} {author.Name} {rng.Pick(FrenchWords.QuestionVerbs)} {(ministerWoman ? "Mme la ministre" : "M. le ministre")} {phrase} sur";
        var closing = $"{(author.Woman ? "Elle" : "Il")} lui demande {rng.Pick(FrenchWords.QuestionClosings)}";
        var questionLength = (int)Math.Clamp(rng.NextLogNormal(1_150, 0.45), 480, 2_900);
        var questionParagraphs = _composer.Paragraphs(rng, context, questionLength, 480, 2_900, rng.Chance(0.55) ? 1 : rng.Chance(0.65) ? 2 : 3, opening, closing);

        // The answer: drawn at the legislature's rate, published weeks to years later, never after the term ends.
        DateOnly? answered = null;
        List<string>? answerParagraphs = null;
        (int, int)? pageBreak = null;
        if (rng.Chance(legislature.AnswerRate))
        {
            var delay = (int)Math.Max(10, rng.NextLogNormal(100, 1.0));
            var candidate = Tuesday(published.AddDays(delay), DateOnly.MaxValue);
            if (candidate <= legislature.End)
            {
                answered = candidate;
                var answerLength = (int)Math.Clamp(rng.NextLogNormal(2_500, 0.5), 980, 5_800);
                answerParagraphs = _composer.Paragraphs(rng, context, answerLength, 980, 5_800, Math.Clamp(answerLength / 700, 1, 8), rng.Pick(FrenchWords.AnswerOpenings), closing: null);
                if (rng.Chance(0.05))
                {
                    pageBreak = PageBreak(rng, answerParagraphs);
                }
            }
        }

        DateOnly? closed = null;
        string? closureReason = null;
        if (answered is null)
        {
            if (rng.Chance(0.015))
            {
                var withdrawn = published.AddDays(rng.Next(30, 400));
                if (withdrawn < legislature.End)
                {
                    (closed, closureReason) = (withdrawn, "Retrait à l'initiative de l'auteur");
                }
            }

            if (closed is null && !legislature.IsCurrent)
            {
                (closed, closureReason) = (legislature.End, "Fin de mandat");
            }
        }

        DateOnly? signaled = null;
        if (rng.Chance(0.03))
        {
            var date = Tuesday(published.AddDays(rng.Next(60, 200)), DateOnly.MaxValue);
            if (date < (answered ?? closed ?? legislature.End))
            {
                signaled = date;
            }
        }

        if (attributionChanged is { } changed && changed >= (answered ?? closed ?? legislature.End))
        {
            attributionChanged = null;
        }

        return new QuestionSpec
        {
            Index = index,
            Legislature = legislature.Number,
            Number = number,
            Title = title,
            QuestionParagraphs = questionParagraphs,
            AnswerParagraphs = answerParagraphs,
            AnswerPageBreak = pageBreak,
            Author = author,
            Rubrique = rubrique,
            MinistryAsked = Catalog.Ministries[asked].Name,
            MinistryAssigned = Catalog.Ministries[assigned].Name,
            PublishedOn = published,
            JoPage = JoPage(rng, published),
            AnsweredOn = answered,
            AnswerPage = answered is { } a ? JoPage(rng, a) : null,
            SignaledOn = signaled,
            AttributionChangedOn = attributionChanged,
            ClosedOn = closed,
            ClosureReason = closureReason,
            Opening = opening,
        };
    }

    /// <summary>Largest-remainder shares of <paramref name="count"/> by <paramref name="weights"/>; start index of each share.</summary>
    private static (long[] Starts, long[] Counts) Allocate(long count, double[] weights)
    {
        var total = weights.Sum();
        var exact = weights.Select(w => count * w / total).ToArray();
        var counts = exact.Select(e => (long)Math.Floor(e)).ToArray();
        var left = count - counts.Sum();
        foreach (var i in Enumerable.Range(0, weights.Length).OrderByDescending(i => exact[i] - counts[i]).ThenBy(i => i).Take((int)left))
        {
            counts[i]++;
        }

        var starts = new long[counts.Length];
        for (var i = 1; i < counts.Length; i++)
        {
            starts[i] = starts[i - 1] + counts[i - 1];
        }

        // An empty share never matches an index: point it past the end.
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] == 0)
            {
                starts[i] = long.MaxValue;
            }
        }

        return (starts, counts);
    }

    /// <summary>The Tuesday on or after <paramref name="date"/>, or the one before when that passes <paramref name="latest"/>.</summary>
    private static DateOnly Tuesday(DateOnly date, DateOnly latest)
    {
        var ahead = ((int)DayOfWeek.Tuesday - (int)date.DayOfWeek + 7) % 7;
        var next = date.AddDays(ahead);
        return next <= latest ? next : next.AddDays(-7);
    }

    /// <summary>JO pages run through the year: about 30 a day.</summary>
    private static int JoPage(Rng rng, DateOnly date) => 1 + (date.DayOfYear * 30) + rng.Next(30);

    /// <summary>A split mid-sentence, before a word that starts in lower case after one that ends in a letter.</summary>
    private static (int, int)? PageBreak(Rng rng, List<string> paragraphs)
    {
        var p = rng.Next(paragraphs.Count);
        var text = paragraphs[p];
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var space = text.IndexOf(' ', rng.Next(text.Length / 4, Math.Max(text.Length / 4 + 1, text.Length * 3 / 4)));
            if (space > 0 && space + 1 < text.Length && char.IsLetter(text[space - 1]) && char.IsLower(text[space + 1]))
            {
                return (p, space);
            }
        }

        return null;
    }

    private (AliasSampler, string[]) Topic(string rubrique, int index)
    {
        var rng = Rng.For(_seed, stream: 3, index);
        var words = new List<string>(TopicSize + 4);
        words.AddRange(rubrique.Split(' ', ',', ':').Where(w => w.Length >= 4));
        while (words.Count < TopicSize)
        {
            words.Add(_vocabulary.Content[rng.Next(100, 15_000)]);
        }

        return (AliasSampler.Zipf(words.Count, 0.8), words.ToArray());
    }
}
