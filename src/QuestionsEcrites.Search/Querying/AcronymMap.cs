using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using QuestionsEcrites.Search.Indexing;

namespace QuestionsEcrites.Search.Querying;

/// <summary>
/// The acronyms the corpus defines and what they stand for, read from the index's definition terms
/// (<see cref="IndexFields.AcronymDefinition"/>): « fco » → « fievre catarrhale ovine », and back. An acronym defined
/// several ways keeps its <see cref="MaxExpansions"/> most frequent expansions. Built once per index reader (a pass
/// over the distinct definitions, not the documents) and shared by every search on that reader.
/// </summary>
public sealed class AcronymMap
{
    public const int MaxExpansions = 3;

    private static readonly ConditionalWeakTable<IndexReader, AcronymMap> ByReader = [];

    private readonly Dictionary<string, IReadOnlyList<string>> _expansions;
    private readonly Dictionary<string, string> _acronyms;

    private AcronymMap(Dictionary<string, IReadOnlyList<string>> expansions, Dictionary<string, string> acronyms, IReadOnlyList<(string Acronym, string Expansion, int Questions)> all)
    {
        _expansions = expansions;
        _acronyms = acronyms;
        All = all;
    }

    public static AcronymMap Empty { get; } = new([], [], []);

    /// <summary>Every definition with the number of questions that write it, most frequent first (the help page's list).</summary>
    public IReadOnlyList<(string Acronym, string Expansion, int Questions)> All { get; }

    /// <summary>Longest expansion in words: the query builder looks no further for an expansion typed in full.</summary>
    public int LongestExpansion { get; private init; }

    public static AcronymMap For(IndexReader reader) => ByReader.GetValue(reader, Build);

    public IReadOnlyList<string> ExpansionsOf(string acronym) => _expansions.GetValueOrDefault(acronym) ?? [];

    public string? AcronymOf(string expansion) => _acronyms.GetValueOrDefault(expansion);

    /// <summary>
    /// Runs of consecutive plain words that spell a defined expansion (folded as the index folds it), by the index
    /// of their first group; the longest run wins. <paramref name="exact"/> folds the words (the exact analyzer's parts).
    /// </summary>
    public Dictionary<int, (int Length, string Acronym)> ExpansionRuns(IReadOnlyList<IReadOnlyList<UserClause>> groups, Lucene.Net.Analysis.Analyzer exact)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var runs = new Dictionary<int, (int Length, string Acronym)>();
        if (LongestExpansion < 2)
        {
            return runs;
        }

        var folded = groups.Select(g => g is [{ Kind: UserClauseKind.Word } w] ? string.Join(' ', Analysis.Tokens.Terms(exact, IndexFields.TextExact, w.Text)) : null).ToList();
        for (var g = 0; g < groups.Count; g++)
        {
            for (var length = Math.Min(LongestExpansion, groups.Count - g); length >= 2; length--)
            {
                var words = folded.Skip(g).Take(length).ToList();
                if (words.Any(string.IsNullOrEmpty) || AcronymOf(string.Join(' ', words)) is not { } acronym)
                {
                    continue;
                }

                runs[g] = (length, acronym);
                g += length - 1;
                break;
            }
        }

        return runs;
    }

    private static AcronymMap Build(IndexReader reader)
    {
        var terms = MultiFields.GetTerms(reader, IndexFields.AcronymDefinition);
        if (terms is null)
        {
            return Empty;
        }

        var all = new List<(string Acronym, string Expansion, int Questions)>();
        var iterator = terms.GetEnumerator();
        while (iterator.MoveNext())
        {
            var value = iterator.Term.Utf8ToString();
            var separator = value.IndexOf(IndexFields.DefinitionSeparator, StringComparison.Ordinal);
            if (separator > 0 && iterator.DocFreq > 0)
            {
                all.Add((value[..separator], value[(separator + 1)..], iterator.DocFreq));
            }
        }

        all.Sort((a, b) => b.Questions != a.Questions ? b.Questions.CompareTo(a.Questions) : string.CompareOrdinal(a.Acronym, b.Acronym));
        var expansions = all.GroupBy(d => d.Acronym, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Take(MaxExpansions).Select(d => d.Expansion).ToList(), StringComparer.Ordinal);
        var acronyms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (acronym, expansion, _) in all)
        {
            acronyms.TryAdd(expansion, acronym); // the most frequent acronym of an expansion
        }

        return new AcronymMap(expansions, acronyms, all) { LongestExpansion = all.Count == 0 ? 0 : all.Max(d => d.Expansion.Count(c => c == ' ') + 1) };
    }
}
