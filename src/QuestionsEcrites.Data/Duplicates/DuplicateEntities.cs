namespace QuestionsEcrites.Data.Duplicates;

/// <summary>Which text of a question is compared: the question's own, or its answer's.</summary>
public enum TextKind
{
    Question = 0,
    Answer = 1,
}

/// <summary>A text's MinHash signature (<see cref="QuestionsEcrites.Domain.Duplicates.MinHash"/>), 64 × 4 bytes.</summary>
public sealed class TextSignature
{
    public int QuestionId { get; set; }

    public TextKind Kind { get; set; }

    public byte[] Signature { get; set; } = [];
}

/// <summary>Two questions whose texts (or answers) are near-identical; stored in both directions.</summary>
public sealed class IdenticalText
{
    public TextKind Kind { get; set; }

    public int QuestionId { get; set; }

    public int OtherId { get; set; }
}

/// <summary>How far a derived table follows the store: the change stamp it is complete up to.</summary>
public sealed class DerivedStamp
{
    public string Name { get; set; } = string.Empty;

    public long Stamp { get; set; }
}
