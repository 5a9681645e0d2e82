namespace QuestionsEcrites.Domain.Questions;

/// <summary>
/// A deputy who asks questions. Identified by the normalised name within a legislature until the Assemblée's own
/// identifier is known.
/// </summary>
public sealed class Author
{
    public int Id { get; set; }

    /// <summary>« M. » or « Mme », as published.</summary>
    public string? Civility { get; set; }

    /// <summary>The name as published; the Assemblée's identifier while only that is known (open data).</summary>
    public required string Name { get; set; }

    /// <summary>Where <see cref="Name"/> comes from: a name is replaced only by one from an equal or stronger source.</summary>
    public AuthorNameSource NameSource { get; set; } = AuthorNameSource.Document;

    /// <summary>The Assemblée's identifier of the deputy (« PA722252 »), when a source gave it.</summary>
    public string? AnId { get; set; }

    /// <summary>Folded name (<see cref="Text.Slugs.From"/>), the natural key with <see cref="Legislature"/>.</summary>
    public required string NameKey { get; set; }

    public required int Legislature { get; set; }

    public required string Slug { get; set; }

    /// <summary>Department (or region, or « Français établis hors de France ») of the circonscription.</summary>
    public string? Department { get; set; }

    public int? Circonscription { get; set; }

    /// <summary>Publication date of the deputy's most recent question, which gives <see cref="Group"/>.</summary>
    public DateOnly? LastQuestionOn { get; set; }

    /// <summary>The group of the deputy's most recently published question.</summary>
    public int? GroupId { get; set; }

    public PoliticalGroup? Group { get; set; }

    /// <summary>« M. Mathieu Lefèvre ».</summary>
    public string DisplayName => DisplayNameOf(Civility, Name);

    /// <summary>
    /// The name with its civility, as lists show it. Static so that store projections can call it on the two
    /// columns (evaluated after the query, at the top of the projection).
    /// </summary>
    public static string DisplayNameOf(string? civility, string name) =>
        IsIdentifier(name) ? $"Député non nommé ({name})" : civility is null ? name : $"{civility} {name}";

    /// <summary>« PA721764 »: the form of the Assemblée's identifiers of deputies.</summary>
    public static bool IsIdentifier(string? text) =>
        text is { Length: > 2 } && text.StartsWith("PA", StringComparison.OrdinalIgnoreCase) && text.AsSpan(2).IndexOfAnyExceptInRange('0', '9') < 0;
}
