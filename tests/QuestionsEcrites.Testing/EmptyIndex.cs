using Microsoft.Extensions.Logging.Abstractions;
using QuestionsEcrites.Domain.Questions;
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

    /// <summary>
    /// An index holding one pending written question per text, numbered from 1 in the 17th legislature, committed:
    /// the small corpora of the analysis and ranking tests.
    /// </summary>
    public static QuestionIndex WithTexts(string path, params string[] texts)
    {
        var index = Open(path);
        index.Upsert(texts.Select((text, i) => Document(i + 1, text)).ToList());
        index.Commit(1);
        return index;
    }

    /// <summary>Question 17/<paramref name="number"/> with this text, titled « Question », pending.</summary>
    public static QuestionDocument Document(int number, string text) => new()
    {
        Id = number,
        Key = new QuestionKey(QuestionType.QE, 17, number),
        Title = "Question",
        Text = text,
        Status = QuestionStatus.Pending,
    };
}
