using System.Text;

namespace QuestionsEcrites.Search.Querying;

/// <summary>
/// Reads what a user typed in a public search box: words (all required), <c>"exact phrase"</c>, <c>-exclude</c>,
/// <c>OR</c> between two clauses, <c>prefix*</c>. Never fails: unbalanced quotes, stray operators, parentheses and
/// control characters degrade to plain words, and overlong input is cut. What a search may ask is checked
/// before (<see cref="Refusal"/>): the cut is only a guard.
/// </summary>
public static class UserQueryParser
{
    public const int MaxInputLength = 1_000;
    public const int MaxClauses = 32;

    /// <summary>Truncations (<c>mot*</c>) a search may hold: each one reads every term it opens.</summary>
    public const int MaxPrefixes = 8;

    /// <summary>Letters before a « * »: « a* » would read a tenth of the vocabulary and of the postings.</summary>
    public const int MinPrefixLength = 3;

    public static UserQuery Parse(string? input) => Parse(input, MaxClauses);

    /// <summary>
    /// Why a search cannot be run within bounds, in French, naming what to change; null when it can. A search the
    /// box offers (words, phrases, exclusions, « OR », a few truncations) always passes.
    /// </summary>
    public static string? Refusal(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var french = QuestionsEcrites.Domain.Text.FrenchText.Culture;
        if (input.Length > MaxInputLength)
        {
            return string.Create(french, $"La recherche est trop longue : {input.Length:N0} caractères ; {MaxInputLength:N0} au plus.");
        }

        var query = Parse(input, int.MaxValue);
        var clauses = query.Required.Sum(g => g.Count) + query.Excluded.Count;
        if (clauses > MaxClauses)
        {
            return $"La recherche compte {clauses} termes ou expressions ; {MaxClauses} au plus.";
        }

        var prefixes = query.Required.SelectMany(g => g).Concat(query.Excluded).Where(c => c.Kind == UserClauseKind.Prefix).ToList();
        if (prefixes.Count > MaxPrefixes)
        {
            return $"La recherche compte {prefixes.Count} troncatures (mot*) ; {MaxPrefixes} au plus.";
        }

        return prefixes.FirstOrDefault(p => p.Text.Length < MinPrefixLength) is { } shortPrefix
            ? $"La troncature « {shortPrefix.Text}* » est trop courte : {MinPrefixLength} lettres au moins avant « * »."
            : null;
    }

    private static UserQuery Parse(string? input, int maxClauses)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return UserQuery.Empty;
        }

        var text = Sanitize(input);
        var groups = new List<List<UserClause>>();
        var negated = new List<UserClause>();
        var pendingOr = false;
        var negateNext = false;
        var count = 0;

        foreach (var (token, quoted) in Split(text))
        {
            if (count >= maxClauses)
            {
                break;
            }

            if (!quoted && (token == "OR" || token == "|" || token == "OU"))
            {
                pendingOr = groups.Count > 0;
                continue;
            }

            if (!quoted && (token == "AND" || token == "ET" || token == "&&" || token == "+"))
            {
                continue;
            }

            if (!quoted && token == "NOT")
            {
                negateNext = true;
                continue;
            }

            var value = token;
            var negate = negateNext;
            negateNext = false;
            if (!quoted)
            {
                // "-word" excludes; a leading "+" only insists, which is the default.
                while (value.Length > 1 && value[0] is '-' or '+')
                {
                    negate |= value[0] == '-';
                    value = value[1..];
                }

                if (value.Trim('-', '+', '*').Length == 0)
                {
                    continue;
                }
            }

            var clause = quoted ? new UserClause(UserClauseKind.Phrase, value)
                : value.EndsWith('*') ? new UserClause(UserClauseKind.Prefix, value.TrimEnd('*'))
                : new UserClause(UserClauseKind.Word, value);
            count++;
            if (negate)
            {
                negated.Add(clause);
                pendingOr = false;
            }
            else if (pendingOr)
            {
                groups[^1].Add(clause);
                pendingOr = false;
            }
            else
            {
                groups.Add([clause]);
            }
        }

        return new UserQuery(groups.Select(g => (IReadOnlyList<UserClause>)g).ToList(), negated);
    }

    private static string Sanitize(string input)
    {
        var limited = input.Length > MaxInputLength ? input[..MaxInputLength] : input;
        var builder = new StringBuilder(limited.Length);
        foreach (var c in limited)
        {
            // Typographic quotes count as quotes; syntax this box does not offer counts as space.
            builder.Append(c switch
            {
                '«' or '»' or '“' or '”' or '„' => '"',
                '(' or ')' or '[' or ']' or '{' or '}' or '^' or '~' or ':' or '\\' or '/' or '!' or '?' => ' ',
                _ when char.IsControl(c) || char.IsSurrogate(c) => ' ',
                _ => c,
            });
        }

        return builder.ToString();
    }

    /// <summary>Whitespace-separated tokens; text between double quotes is one quoted token (an unclosed quote is ignored).</summary>
    private static IEnumerable<(string Token, bool Quoted)> Split(string text)
    {
        var tokens = new List<(string, bool)>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            if (text[i] == '"')
            {
                var close = text.IndexOf('"', i + 1);
                if (close > i)
                {
                    var phrase = text[(i + 1)..close].Trim();
                    if (phrase.Length > 0)
                    {
                        tokens.Add((phrase, true));
                    }

                    i = close + 1;
                    continue;
                }

                i++; // an unbalanced quote: the rest is plain words
                continue;
            }

            var end = i;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != '"')
            {
                end++;
            }

            // "-" glued to a following phrase (-"a b") negates it.
            if (end < text.Length && text[end] == '"' && text[i..end] == "-")
            {
                var close = text.IndexOf('"', end + 1);
                if (close > end)
                {
                    tokens.Add(("NOT", false));
                    tokens.Add((text[(end + 1)..close].Trim(), true));
                    i = close + 1;
                    continue;
                }
            }

            tokens.Add((text[i..end], false));
            i = end;
        }

        return tokens;
    }
}

public enum UserClauseKind
{
    Word,
    Phrase,
    Prefix,
}

public sealed record UserClause(UserClauseKind Kind, string Text);

/// <summary>Required groups (the clauses of a group are alternatives, joined by OR) and excluded clauses.</summary>
public sealed record UserQuery(IReadOnlyList<IReadOnlyList<UserClause>> Required, IReadOnlyList<UserClause> Excluded)
{
    public static UserQuery Empty { get; } = new([], []);

    public bool IsEmpty => Required.Count == 0 && Excluded.Count == 0;
}
