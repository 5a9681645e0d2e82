using QuestionsEcrites.Testing;

namespace QuestionsEcrites.Benchmarks.Tests;

/// <summary>Tests that run benchmark verbs in a temp work folder, removed afterwards with its SQLite pools.</summary>
public abstract class WorkFolderTests : IDisposable
{
    protected TempFolder Work { get; } = new();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Work.Dispose();
        GC.SuppressFinalize(this);
    }

    protected static Task<int> RunAsync(params string[] args) =>
        BenchmarkCli.RunAsync(args, TextWriter.Null, TextWriter.Null, CancellationToken.None);
}
