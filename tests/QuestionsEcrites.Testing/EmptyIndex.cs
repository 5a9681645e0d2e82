using Microsoft.Extensions.Logging.Abstractions;
using QuestionsEcrites.Search.Indexing;

namespace QuestionsEcrites.Testing;

/// <summary>An index with an empty live generation, for tests that write documents to it directly.</summary>
public static class EmptyIndex
{
    public static QuestionIndex Open(string path)
    {
        var index = new QuestionIndex(path, NullLogger<QuestionIndex>.Instance);
        using (var rebuild = index.BeginRebuild())
        {
            rebuild.Publish(syncedUpTo: 0);
        }

        return index;
    }
}
