using System.Globalization;
using QuestionsEcrites.Domain.Questions;

namespace QuestionsEcrites.Benchmarks.Relevance;

/// <summary>A question judged relevant to a query: grade 2 is the question the user wants, 1 is also relevant.</summary>
public readonly record struct Judgment(QuestionKey Key, int Grade);

/// <summary>One judged query: what it tests (<see cref="Kind"/>), as typed, its relevant questions, and why.</summary>
public sealed record JudgedQuery(int Line, string Kind, string Query, IReadOnlyList<Judgment> Relevant, string Why)
{
    /// <summary>The highest grade judged: the questions with it are the « wanted » ones of success@k and MRR.</summary>
    public int TopGrade => Relevant.Max(r => r.Grade);
}

/// <summary>
/// Reads the judgments file: blocks separated by blank lines, each with comment lines (« # » — why the questions are
/// right), <c>kind:</c>, <c>q:</c> (the query as typed) and <c>r:</c> (<c>17/90001, 17/90007:1</c>, the wanted ones
/// first). A malformed block is refused with its file and line.
/// </summary>
public static class JudgmentFile
{
    public static readonly IReadOnlySet<string> Kinds = new HashSet<string>(StringComparer.Ordinal)
    {
        "paraphrase", "sans-accents", "auteur", "sigle", "developpement", "reference", "expression", "compose", "faute", "plusieurs",
        Generic,
    };

    /// <summary>
    /// A query so general that thousands of generated questions match it as well as the judged ones (« prime
    /// Ségur »): its judgments are incomplete by nature, so it is reported apart and left out of the overall figures.
    /// </summary>
    public const string Generic = "generique";

    public static IReadOnlyList<JudgedQuery> Read(string path) => Parse(File.ReadAllText(path), Path.GetFileName(path));

    public static IReadOnlyList<JudgedQuery> Parse(string text, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        var queries = new List<JudgedQuery>();
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var why = new List<string>();
        string? kind = null, query = null;
        List<Judgment>? relevant = null;
        var start = 0;

        void Flush()
        {
            if (kind is null && query is null && relevant is null)
            {
                why.Clear();
                return;
            }

            if (kind is null || query is null || relevant is null)
            {
                throw new FormatException($"{name}:{start} : bloc incomplet (kind:, q: et r: sont obligatoires)");
            }

            if (why.Count == 0)
            {
                throw new FormatException($"{name}:{start} : la requête « {query} » n'a pas de commentaire (# pourquoi ces questions)");
            }

            queries.Add(new JudgedQuery(start, kind, query, relevant, string.Join(' ', why)));
            (kind, query, relevant) = (null, null, null);
            why.Clear();
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            var number = i + 1;
            if (line.Length == 0)
            {
                Flush();
                continue;
            }

            if (kind is null && query is null && relevant is null && why.Count == 0)
            {
                start = number;
            }

            if (line.StartsWith('#'))
            {
                why.Add(line.TrimStart('#').Trim());
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var (label, value) = colon < 0 ? (line, string.Empty) : (line[..colon].Trim(), line[(colon + 1)..].Trim());
            switch (label)
            {
                case "kind" when Kinds.Contains(value):
                    kind = value;
                    break;
                case "kind":
                    throw new FormatException($"{name}:{number} : kind « {value} » inconnu ({string.Join(", ", Kinds)})");
                case "q" when value.Length > 0:
                    query = value;
                    break;
                case "r":
                    relevant = ParseRelevant(value, name, number);
                    break;
                default:
                    throw new FormatException($"{name}:{number} : ligne inattendue « {line} » (attendu #, kind:, q: ou r:)");
            }
        }

        Flush();
        var duplicate = queries.GroupBy(q => q.Query, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new FormatException($"{name}:{duplicate.Last().Line} : la requête « {duplicate.Key} » est jugée deux fois");
        }

        return queries;
    }

    private static List<Judgment> ParseRelevant(string value, string name, int line)
    {
        var judgments = new List<Judgment>();
        foreach (var part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (key, grade) = part.Split(':') is [var k, var g] ? (k, g) : (part, "2");
            if (key.Split('/') is not [var legislature, var number]
                || !int.TryParse(legislature, NumberStyles.None, CultureInfo.InvariantCulture, out var l) || l is < 1 or > 30
                || !int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1
                || !int.TryParse(grade, NumberStyles.None, CultureInfo.InvariantCulture, out var gr) || gr is < 1 or > 2)
            {
                throw new FormatException($"{name}:{line} : « {part} » n'est pas une question jugée (législature/numéro, note :1 ou :2)");
            }

            judgments.Add(new Judgment(new QuestionKey(QuestionType.QE, l, n), gr));
        }

        if (judgments.Count == 0)
        {
            throw new FormatException($"{name}:{line} : r: attend au moins une question (17/1223)");
        }

        if (judgments.GroupBy(j => j.Key).Any(g => g.Count() > 1))
        {
            throw new FormatException($"{name}:{line} : une question est jugée deux fois");
        }

        return judgments;
    }
}
