using QuestionsEcrites.Domain.Text;

namespace QuestionsEcrites.Import.Deputies;

/// <summary>A deputy of the Assemblée's deputies file (acteurs): identity and Assemblée mandates.</summary>
public sealed record ParsedDeputy(string AnId, string? Civility, string Name, IReadOnlyList<ParsedMandate> Mandates)
{
    /// <summary>Straightened as a question's author is (<see cref="Apostrophes"/>), so both sources agree.</summary>
    public string Name { get; init; } = Apostrophes.Straighten(Name);
}

public sealed record ParsedMandate(int Legislature, string? Department, int? Circonscription)
{
    public string? Department { get; init; } = Apostrophes.StraightenOrNull(Department);
}
