using System.Text;

namespace QuestionsEcrites.Benchmarks.Generation;

/// <summary>
/// Makes up French-looking words for the long tail of the vocabulary: syllables of French spelling (accents,
/// « ou », « eau », « ch ») and French endings (« -tion », « -ement », « -ité »), now and then a compound with a
/// hyphen, a capitalised place-like name or an acronym.
/// </summary>
internal static class PseudoWords
{
    private static readonly string[] Onsets =
    [
        "b", "c", "d", "f", "g", "l", "m", "n", "p", "r", "s", "t", "v", "b", "c", "d", "l", "m", "n", "p", "r", "s", "t",
        "ch", "cr", "tr", "pr", "br", "gr", "pl", "fl", "bl", "cl", "qu", "ph", "st", "j", "gu",
    ];

    private static readonly string[] Nuclei =
    [
        "a", "e", "i", "o", "u", "a", "e", "i", "o", "a", "é", "é", "é", "è", "ou", "ai", "au", "oi", "an", "en", "on", "in", "ei", "eu",
    ];

    private static readonly string[] Rare = ["â", "ê", "î", "ô", "û", "ë", "ï"];

    private static readonly string[] Endings =
    [
        "tion", "ment", "ité", "age", "ance", "ence", "eur", "euse", "ique", "isme", "iste", "ier", "ière", "ette", "oire", "ure",
        "al", "elle", "if", "ive", "ée", "ant", "able", "ible", "aux", "eux", "ation", "ement", "ités", "ages", "ions", "eurs",
        "ales", "ifs", "ismes", "iques", "ance", "ées", "ents", "ains", "ois", "ard", "ot", "et", "in", "on",
    ];

    private static readonly string[] Finals = ["", "", "", "s", "r", "l", "n", "t", "x", "e", "es", "er"];

    public static string Word(Rng rng)
    {
        var builder = new StringBuilder(14);
        var syllables = rng.Next(10) switch
        {
            < 3 => 1,
            < 8 => 2,
            _ => 3,
        };
        for (var i = 0; i < syllables; i++)
        {
            if (i > 0 || rng.Chance(0.85))
            {
                builder.Append(rng.Pick(Onsets));
            }

            builder.Append(rng.Chance(0.03) ? rng.Pick(Rare) : rng.Pick(Nuclei));
        }

        if (rng.Chance(0.65))
        {
            // An ending that starts with a vowel after a vowel reads badly: add a consonant between.
            var ending = rng.Pick(Endings);
            if (IsVowel(builder[^1]) && IsVowel(ending[0]))
            {
                builder.Append(rng.Pick(Onsets));
            }

            builder.Append(ending);
        }
        else
        {
            builder.Append(rng.Pick(Finals));
        }

        return builder.ToString();
    }

    /// <summary>A word of the tail: mostly plain, sometimes a compound (« socio-pravique »).</summary>
    public static string TailWord(Rng rng) => rng.Chance(0.03) ? Word(rng) + "-" + Word(rng) : Word(rng);

    private static bool IsVowel(char c) => "aeiouyéèêâîôûëï".Contains(c, StringComparison.Ordinal);

    /// <summary>A proper noun (« Valbrune ») or, one time in five, an acronym (« CRTPA »).</summary>
    public static string ProperNoun(Rng rng)
    {
        if (rng.Chance(0.2))
        {
            var letters = new char[rng.Next(3, 6)];
            for (var i = 0; i < letters.Length; i++)
            {
                letters[i] = (char)('A' + rng.Next(26));
            }

            return new string(letters);
        }

        var word = Word(rng);
        return char.ToUpperInvariant(word[0]) + word[1..];
    }
}
