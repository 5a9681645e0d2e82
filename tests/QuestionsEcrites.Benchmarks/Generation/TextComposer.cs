using System.Globalization;
using System.Text;

namespace QuestionsEcrites.Benchmarks.Generation;

/// <summary>
/// Writes French-looking sentences: function and content words alternate, « de le » becomes « du », « la
/// accès » becomes « l'accès », sentences start with a capital and end with a full stop; commas, an occasional
/// colon, numbers (« 5 000 », « 75 % », « 2024 ») and « guillemets » around some proper nouns.
/// </summary>
internal sealed class TextComposer(Vocabulary vocabulary)
{
    private const double FunctionShare = 0.45;
    private const string Vowels = "aeiouyhéèêëàâîïôöûùœ";

    private static readonly Dictionary<string, string> Elisions = new(StringComparer.Ordinal)
    {
        ["le"] = "l", ["la"] = "l", ["de"] = "d", ["que"] = "qu", ["ne"] = "n", ["se"] = "s",
    };

    // After these, a noun comes: never « la avec », « ces de ».
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "le", "la", "les", "un", "une", "des", "du", "au", "aux", "ce", "ces", "cette", "son", "sa", "ses", "leur", "leurs", "chaque", "plusieurs", "certains", "certaines", "aucun",
    };

    // Function words that may follow an elided « de » or « que » (« d'une », « qu'il »).
    private static readonly HashSet<string> ElidableFunctionWords = new(StringComparer.Ordinal) { "il", "elle", "un", "une", "en", "y", "au", "aux", "à", "ainsi", "alors", "afin" };

    private static readonly Dictionary<(string, string), string> Contractions = new()
    {
        [("de", "le")] = "du", [("de", "les")] = "des", [("à", "le")] = "au", [("à", "les")] = "aux",
    };

    /// <summary>Paragraphs of about <paramref name="targetLength"/> characters in all, never over <paramref name="maxLength"/>.</summary>
    public List<string> Paragraphs(Rng rng, DocumentContext context, int targetLength, int minLength, int maxLength, int paragraphCount, string? opening, string? closing)
    {
        var sentences = new List<string>();
        var length = 0;
        if (opening is not null)
        {
            var first = Sentence(rng, context, rng.Next(8, 22), opening);
            sentences.Add(first);
            length += first.Length + 1;
        }

        string? last = closing is null ? null : Sentence(rng, context, rng.Next(6, 16), closing);
        var reserved = last?.Length + 1 ?? 0;
        while (length + reserved < targetLength)
        {
            var sentence = Sentence(rng, context, rng.Next(10, 33), prefix: null);
            if (length + reserved + sentence.Length + 1 > maxLength && length + reserved >= minLength)
            {
                break;
            }

            sentences.Add(sentence);
            length += sentence.Length + 1;
        }

        if (last is not null)
        {
            sentences.Add(last);
        }

        // Contiguous groups of sentences, each paragraph at least one sentence.
        paragraphCount = Math.Clamp(paragraphCount, 1, sentences.Count);
        var paragraphs = new List<string>(paragraphCount);
        var start = 0;
        for (var p = 0; p < paragraphCount; p++)
        {
            var end = p == paragraphCount - 1 ? sentences.Count : start + Math.Max(1, (sentences.Count - start) / (paragraphCount - p));
            paragraphs.Add(string.Join(' ', sentences.Skip(start).Take(end - start)));
            start = end;
        }

        return paragraphs;
    }

    /// <summary>A title: a few words, capitalised, no final stop, sometimes a « quoted » proper noun.</summary>
    public string Title(Rng rng, DocumentContext context)
    {
        var tokens = new List<string>();
        var words = rng.Next(3, 10);
        for (var i = 0; i < words; i++)
        {
            if (i > 0 && !Determiners.Contains(tokens[^1]) && rng.Chance(0.35))
            {
                tokens.Add(vocabulary.SampleFunction(rng));
            }

            tokens.Add(ContentWord(rng, context, allowNumber: false));
        }

        return Capitalize(Render(tokens));
    }

    private string Sentence(Rng rng, DocumentContext context, int words, string? prefix)
    {
        var tokens = new List<string>(words * 2);
        var colonAt = rng.Chance(0.08) ? rng.Next(6, Math.Max(7, words)) : -1;
        var functionRun = 0;
        while (tokens.Count < words)
        {
            var function = functionRun < 2 && (tokens.Count == 0 || !Determiners.Contains(tokens[^1])) && rng.Chance(FunctionShare);
            var token = function ? vocabulary.SampleFunction(rng) : ContentWord(rng, context, allowNumber: true);
            if (tokens.Count > 0 && tokens[^1] == token)
            {
                continue;
            }

            if (tokens.Count > 0 && tokens.Count < words - 1 && !Vocabulary.IsFunctionWord(token))
            {
                if (tokens.Count == colonAt)
                {
                    token += " :";
                }
                else if (rng.Chance(0.06))
                {
                    token += ",";
                }
            }

            functionRun = function ? functionRun + 1 : 0;
            tokens.Add(token);
        }

        // A sentence ends on a content word: « … pour la santé. », not « … pour la. ».
        while (Vocabulary.IsFunctionWord(tokens[^1]) || tokens[^1].EndsWith(',') || tokens[^1].EndsWith(':'))
        {
            tokens.Add(ContentWord(rng, context, allowNumber: false));
        }

        var body = Render(tokens);
        return prefix is null ? Capitalize(body) + "." : prefix + " " + body + ".";
    }

    private string ContentWord(Rng rng, DocumentContext context, bool allowNumber)
    {
        var draw = rng.NextDouble();
        string word;
        bool proper;
        if (draw < 0.30)
        {
            word = context.TopicWords[context.TopicSampler.Sample(rng)];
            proper = char.IsUpper(word[0]);
        }
        else if (draw < 0.40)
        {
            word = context.BurstWords[rng.Next(context.BurstWords.Count)];
            proper = char.IsUpper(word[0]);
        }
        else if (allowNumber && draw < 0.415)
        {
            return Number(rng);
        }
        else
        {
            var rank = vocabulary.ContentSampler.Sample(rng);
            word = vocabulary.Content[rank];
            proper = vocabulary.IsProperNoun[rank];
        }

        return proper && rng.Chance(0.3) ? "« " + word + " »" : word;
    }

    private static string Number(Rng rng) => rng.Next(4) switch
    {
        0 => rng.Next(1988, 2026).ToString(CultureInfo.InvariantCulture),
        1 => rng.Next(2, 100).ToString(CultureInfo.InvariantCulture),
        2 => rng.Next(1, 900).ToString(CultureInfo.InvariantCulture) + " " + (rng.Next(10) * 100).ToString("000", CultureInfo.InvariantCulture),
        _ => rng.Next(1, 100).ToString(CultureInfo.InvariantCulture) + " %",
    };

    /// <summary>Joins words with spaces, applying French contractions and elisions.</summary>
    private static string Render(List<string> tokens)
    {
        var builder = new StringBuilder(tokens.Count * 8);
        string? previous = null;
        var previousStart = 0;
        foreach (var token in tokens)
        {
            if (previous is not null && Contractions.TryGetValue((previous, token), out var contracted))
            {
                builder.Length = previousStart;
                builder.Append(contracted);
                previous = contracted;
                continue;
            }

            if (previous is not null && Elisions.TryGetValue(previous, out var elided) && Vowels.Contains(char.ToLowerInvariant(token[0]), StringComparison.Ordinal)
                && (!Vocabulary.IsFunctionWord(token) || (previous is "de" or "que" && ElidableFunctionWords.Contains(token))))
            {
                builder.Length = previousStart;
                builder.Append(elided).Append('\'').Append(token);
                previous = token;
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            previousStart = builder.Length;
            builder.Append(token);
            previous = token;
        }

        return builder.ToString();
    }

    private static string Capitalize(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
