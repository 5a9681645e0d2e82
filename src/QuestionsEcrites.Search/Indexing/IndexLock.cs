namespace QuestionsEcrites.Search.Indexing;

/// <summary>
/// The index folder's owner lock: a file held open with <see cref="FileShare.None"/> for the owner's lifetime. On
/// Linux .NET takes it as an exclusive <c>flock</c>, on Windows as a sharing lock, so a second process (the site and
/// a command-line verb on one store) is refused at once. Lucene's own <c>write.lock</c> is not enough: in this
/// Lucene.Net version it is taken as a shared lock on Linux and keeps no other process out.
/// </summary>
public sealed class IndexLock : IDisposable
{
    public const string FileName = "owner.lock";

    private readonly FileStream _file;

    private IndexLock(FileStream file) => _file = file;

    /// <summary>Takes the lock of <paramref name="folder"/>, or throws <see cref="IndexUnavailableException"/> when another owner holds it.</summary>
    public static IndexLock Acquire(string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName);
        try
        {
            return new IndexLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1, FileOptions.None));
        }
        catch (IOException ex) when (ex is not FileNotFoundException and not DirectoryNotFoundException)
        {
            throw new IndexUnavailableException($"l'index {folder} est ouvert par un autre processus (le site en cours d'exécution ?)", ex);
        }
    }

    public void Dispose() => _file.Dispose();
}
