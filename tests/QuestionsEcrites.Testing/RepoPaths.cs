namespace QuestionsEcrites.Testing;

/// <summary>Locates the repository's folders from a test's output directory.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "QuestionsEcrites.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("QuestionsEcrites.sln not found above " + AppContext.BaseDirectory);
    }
}
