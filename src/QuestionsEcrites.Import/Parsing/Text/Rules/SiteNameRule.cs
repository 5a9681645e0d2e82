namespace QuestionsEcrites.Import.Parsing.Text.Rules;

/// <summary>« Assemblée nationale », the site's banner copied with the page: not part of the question.</summary>
public sealed class SiteNameRule : ILineRule
{
    public bool TryRead(TextLine line, TextReadState state) => line.Key == "assembleenationale";
}
