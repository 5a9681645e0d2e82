namespace QuestionsEcrites.Import.Parsing.Text.Rules;

/// <summary>« Assemblée nationale », the site's banner copied with the page: not part of the question.</summary>
public sealed class SiteNameRule : ILineRule
{
    /// <summary>Longer lines are never the banner, and are not folded to find out.</summary>
    private const int MaxLength = 60;

    public bool TryRead(TextLine line, TextReadState state) => line.Text.Length <= MaxLength && line.Key == "assembleenationale";
}
