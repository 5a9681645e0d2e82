namespace QuestionsEcrites.Import.Deputies;

/// <summary>A deputy of the Assemblée's deputies file (acteurs): identity and Assemblée mandates.</summary>
public sealed record ParsedDeputy(string AnId, string? Civility, string Name, IReadOnlyList<ParsedMandate> Mandates);

public sealed record ParsedMandate(int Legislature, string? Department, int? Circonscription);
