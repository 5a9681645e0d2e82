using System.Globalization;

namespace QuestionsEcrites.Domain.Questions;

/// <summary>
/// What names a question wherever it travels: its type, the legislature it was asked in and its number there. The
/// store's natural key, the index's term and the Assemblée's identifier are all made from it.
/// </summary>
public readonly record struct QuestionKey(QuestionType Type, int Legislature, int Number)
{
    /// <summary>The Assemblée's identifier in its open data and URLs: « QANR5L17QE1223 ».</summary>
    public string Uid => string.Create(CultureInfo.InvariantCulture, $"QANR5L{Legislature}{Type}{Number}");

    /// <summary>The question's page on the Assemblée's site.</summary>
    public string OfficialUrl => string.Create(CultureInfo.InvariantCulture, $"https://www.assemblee-nationale.fr/dyn/{Legislature}/questions/{Uid}");

    /// <summary>« QE-17-1223 »: stable, culture-free, the index's term for the question.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Type}-{Legislature}-{Number}");
}
