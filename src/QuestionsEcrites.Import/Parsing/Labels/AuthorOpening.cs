namespace QuestionsEcrites.Import.Parsing.Labels;

/// <summary>
/// The author as a written question's text names them in its first words: « Mme Olivia Grégoire interroge M. le
/// ministre… », « M. Charles de Courson attire l'attention de… ». The open data gives the deputy by identifier only;
/// until a deputies file names them, this opening does.
/// </summary>
public static class AuthorOpening
{
    private const int MaxNameWords = 6;

    private static readonly HashSet<string> Civilities = new(StringComparer.Ordinal) { "M.", "Mme", "Mlle", "Monsieur", "Madame" };

    // Lower-case words that stand inside a name (« Charles de Courson », « Anne-Laure d'Harcourt »), never at its end.
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "de", "du", "des", "la", "le", "d'", "d’", "van", "von", "der", "den", "di", "da", "del", "ben", "el",
    };

    /// <summary>
    /// The civility and name at the start of <paramref name="text"/>: capitalised words, with particles between
    /// them, up to the first other word (the verb) or a comma. Null when the text does not open that way.
    /// </summary>
    public static (string Civility, string Name)? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var words = text.AsSpan(0, Math.Min(text.Length, 300)).ToString().Split((char[]?)null, MaxNameWords + 3, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3 || !Civilities.Contains(words[0]))
        {
            return null;
        }

        var name = new List<string>();
        var pendingParticles = new List<string>();
        foreach (var raw in words.Skip(1).Take(MaxNameWords + 1))
        {
            var word = raw.TrimEnd(',', ';', ':');
            var endsClause = word.Length != raw.Length;
            if (Particles.Contains(word))
            {
                pendingParticles.Add(word);
            }
            else if (word.Length > 0 && (char.IsUpper(word[0]) || (word.Length > 2 && word[0] == 'd' && word[1] is '\'' or '’' && char.IsUpper(word[2]))))
            {
                name.AddRange(pendingParticles);
                pendingParticles.Clear();
                name.Add(word);
            }
            else
            {
                break;
            }

            if (endsClause || name.Count > MaxNameWords)
            {
                break;
            }
        }

        return name.Count is 0 or > MaxNameWords ? null : (AuthorLines.NormalizeCivility(words[0]), string.Join(' ', name));
    }
}
