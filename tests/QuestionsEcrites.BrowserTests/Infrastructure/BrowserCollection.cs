namespace QuestionsEcrites.BrowserTests.Infrastructure;

/// <summary>Puts the browser test classes in one collection so that they share one <see cref="BrowserFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
