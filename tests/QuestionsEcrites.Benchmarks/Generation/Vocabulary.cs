namespace QuestionsEcrites.Benchmarks.Generation;

/// <summary>
/// The words texts are made of. Function words (« de », « la », « pour ») have their own small Zipf law; content
/// words are ranked: the seeds' own words by count (real French with its accents) alternating with common words
/// of written questions, then generated French-looking words up to <see cref="ContentSize"/>, with two-word
/// collocations placed among the frequent ranks and proper nouns (the seeds' « Ségur », « Laforcade », « Blosne »
/// and made-up ones) scattered among the rare ranks. Deterministic for a seed.
/// </summary>
internal sealed class Vocabulary
{
    /// <summary>Distinct content words (≥ 50,000 as issue 6 asks), plus the function words.</summary>
    public const int ContentSize = 60_000;

    /// <summary>Zipf exponent of the content ranks: natural text is close to 1.</summary>
    public const double ZipfExponent = 1.0;

    /// <summary>Proper nouns are ranked no higher than this: they are rare, as « Ségur » is.</summary>
    public const int ProperNounMinRank = 3_000;

    /// <summary>Function words, most frequent first; the text composer contracts and elides them (« du », « l'accès »).</summary>
    public static IReadOnlyList<string> FunctionWords { get; } =
    [
        "de", "la", "le", "les", "des", "et", "à", "en", "du", "un", "une", "pour", "sur", "que", "qui", "dans", "par", "au",
        "aux", "ce", "ces", "cette", "est", "sont", "ont", "a", "été", "leur", "leurs", "il", "elle", "lui", "se", "son", "sa",
        "ses", "plus", "ne", "pas", "ou", "avec", "sans", "entre", "comme", "mais", "donc", "ainsi", "aussi", "afin", "dont",
        "tout", "tous", "toutes", "très", "déjà", "encore", "notamment", "également", "depuis", "lors", "alors", "même", "bien",
        "non", "si", "y", "auprès", "face", "selon", "certains", "certaines", "plusieurs", "chaque", "aucun", "souvent",
    ];

    private static readonly HashSet<string> FunctionSet = new(FunctionWords, StringComparer.Ordinal);

    private static readonly HashSet<string> ElidedForms = new(StringComparer.Ordinal) { "qu", "jusqu", "lorsqu", "puisqu", "quoiqu" };

    private Vocabulary(string[] content, bool[] properNoun, int[] collocationRanks)
    {
        Content = content;
        IsProperNoun = properNoun;
        CollocationRanks = collocationRanks;
        ContentSampler = AliasSampler.Zipf(content.Length, ZipfExponent);
        FunctionSampler = AliasSampler.Zipf(FunctionWords.Count, 1.0);
    }

    /// <summary>Content words by rank (index 0 is rank 1).</summary>
    public IReadOnlyList<string> Content { get; }

    public IReadOnlyList<bool> IsProperNoun { get; }

    /// <summary>Where the two-word collocations stand among the content ranks (0-based).</summary>
    public IReadOnlyList<int> CollocationRanks { get; }

    public AliasSampler ContentSampler { get; }

    public AliasSampler FunctionSampler { get; }

    public static Vocabulary Build(long seed)
    {
        var rng = Rng.For(seed, stream: 1, index: 0);
        var function = new HashSet<string>(FunctionWords, StringComparer.Ordinal);
        var seen = new HashSet<string>(function, StringComparer.Ordinal);
        var ordinary = new List<string>();
        var proper = new List<string>();

        var seedWords = SeedText.Words()
            .Where(w => !function.Contains(w.Word) && !ElidedForms.Contains(w.Word))
            .Select((w, i) => (w.Word, w.Count, w.ProperNoun, Order: i))
            .OrderByDescending(w => w.Count)
            .ThenBy(w => w.Order);
        var fromSeeds = new List<string>();
        foreach (var (word, _, properNoun, _) in seedWords)
        {
            if (seen.Add(word))
            {
                (properNoun ? proper : fromSeeds).Add(word);
            }
        }

        // The seeds' words and the common words alternate at the head: five seeds all about health would
        // otherwise make « santé » the most frequent word of every rubrique.
        var common = FrenchWords.Common.Where(seen.Add).ToList();
        for (var i = 0; i < Math.Max(fromSeeds.Count, common.Count); i++)
        {
            if (i < fromSeeds.Count)
            {
                ordinary.Add(fromSeeds[i]);
            }

            if (i < common.Count)
            {
                ordinary.Add(common[i]);
            }
        }

        // Collocations at fixed ranks among the frequent and mid ranks (40, 100, 160, …).
        var collocations = FrenchWords.Collocations.Where(seen.Add).ToArray();
        var collocationRanks = collocations.Select((_, i) => 40 + (i * 60)).ToArray();

        // Made-up proper nouns: about 4 % of the content vocabulary.
        var properTarget = ContentSize * 4 / 100;
        while (proper.Count < properTarget)
        {
            var noun = PseudoWords.ProperNoun(rng);
            if (seen.Add(noun) && seen.Add(noun.ToLowerInvariant()))
            {
                proper.Add(noun);
            }
        }

        while (ordinary.Count + proper.Count + collocations.Length < ContentSize)
        {
            var word = PseudoWords.TailWord(rng);
            if (seen.Add(word))
            {
                ordinary.Add(word);
            }
        }

        // Proper nouns take random distinct ranks in the rare part; collocations their fixed ranks; the rest in order.
        var content = new string?[ContentSize];
        var isProper = new bool[ContentSize];
        for (var i = 0; i < collocations.Length; i++)
        {
            content[collocationRanks[i]] = collocations[i];
        }

        foreach (var noun in proper)
        {
            int rank;
            do
            {
                rank = rng.Next(ProperNounMinRank, ContentSize);
            }
            while (content[rank] is not null);

            content[rank] = noun;
            isProper[rank] = true;
        }

        var next = 0;
        for (var rank = 0; rank < ContentSize; rank++)
        {
            content[rank] ??= ordinary[next++];
        }

        return new Vocabulary(content!, isProper, collocationRanks);
    }

    public static bool IsFunctionWord(string word) => FunctionSet.Contains(word);

    public string SampleContent(Rng rng) => Content[ContentSampler.Sample(rng)];

    public string SampleFunction(Rng rng) => FunctionWords[FunctionSampler.Sample(rng)];
}
