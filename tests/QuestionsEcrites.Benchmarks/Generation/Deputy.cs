namespace QuestionsEcrites.Benchmarks.Generation;

/// <summary>A deputy of one legislature: « Mme Marie Mesmeur », Ille-et-Vilaine, 1st circonscription, her group.</summary>
internal sealed record Deputy(bool Woman, string Name, string Department, int Circonscription, string Group)
{
    public string Civility => Woman ? "Mme" : "M.";
}
