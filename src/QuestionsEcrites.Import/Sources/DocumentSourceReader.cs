using System.IO.Compression;

namespace QuestionsEcrites.Import.Sources;

/// <summary>
/// Walks import paths (files, folders recursively, .zip archives, zips inside folders or zips) and yields each
/// document's bytes, or a failure naming what could not be read. Archives are streamed entry by entry, so a
/// large dump is never held in memory whole. Names are relative to a base folder when under it.
/// </summary>
public sealed class DocumentSourceReader(string baseDirectory, long maxDocumentBytes = DocumentSourceReader.DefaultMaxDocumentBytes)
{
    public const long DefaultMaxDocumentBytes = 32 * 1024 * 1024;

    /// <summary>A zip inside a zip is common (a dump of dumps); ten levels deep is a trap.</summary>
    public const int MaxArchiveDepth = 5;

    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];

    public IEnumerable<SourceItem> Read(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path, baseDirectory);
            IEnumerable<SourceItem> items = Directory.Exists(full) ? ReadFolder(full)
                : File.Exists(full) ? ReadFile(full)
                : [new SourceFailure(path, "fichier ou dossier introuvable")];
            foreach (var item in items)
            {
                yield return item;
            }
        }
    }

    public static bool IsZip(ReadOnlySpan<byte> content) => content.StartsWith(ZipMagic);

    private IEnumerable<SourceItem> ReadFolder(string folder)
    {
        var (files, notes) = new FolderWalker(DisplayName).Walk(folder);
        foreach (var file in files)
        {
            foreach (var item in ReadFile(file))
            {
                yield return item;
            }
        }

        foreach (var note in notes)
        {
            yield return note;
        }
    }

    private IEnumerable<SourceItem> ReadFile(string file)
    {
        var name = DisplayName(file);
        var (archive, failure) = TryOpenArchive(file);
        if (archive is not null)
        {
            return ReadArchive(name, archive);
        }

        if (failure is not null)
        {
            return [new SourceFailure(name, failure)];
        }

        return [ReadSmallFile(name, file)];
    }

    private (ZipArchive? Archive, string? Failure) TryOpenArchive(string file)
    {
        FileStream? stream = null;
        try
        {
            stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            Span<byte> magic = stackalloc byte[4];
            if (stream.ReadAtLeast(magic, 4, throwOnEndOfStream: false) < 4 || !IsZip(magic))
            {
                stream.Dispose();
                return (null, null);
            }

            stream.Position = 0;
            return (new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false), null);
        }
        catch (InvalidDataException ex)
        {
            stream?.Dispose();
            return (null, "archive zip illisible : " + ex.Message);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stream?.Dispose();
            return (null, "lecture impossible : " + ex.Message);
        }
    }

    private static (ZipArchive? Archive, string? Failure) TryOpenArchive(byte[] content)
    {
        try
        {
            return (new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read), null);
        }
        catch (InvalidDataException ex)
        {
            return (null, "archive zip illisible : " + ex.Message);
        }
    }

    private SourceItem ReadSmallFile(string name, string file)
    {
        try
        {
            var length = new FileInfo(file).Length;
            return length > maxDocumentBytes
                ? new SourceFailure(name, $"fichier trop volumineux ({length / (1024 * 1024)} Mo ; maximum {maxDocumentBytes / (1024 * 1024)} Mo)")
                : new SourceDocument(name, File.ReadAllBytes(file));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new SourceFailure(name, "lecture impossible : " + ex.Message);
        }
    }

    /// <summary>
    /// Every entry of an archive comes out as a document, a rejection or a skip with its reason, never silently
    /// dropped. Entries are read in memory and never written anywhere, so a path such as <c>..\..\x</c> could do
    /// no harm here, but it marks a crafted archive: it is refused and said so.
    /// </summary>
    private IEnumerable<SourceItem> ReadArchive(string name, ZipArchive archive, int depth = 1)
    {
        using (archive)
        {
            foreach (var entry in archive.Entries)
            {
                var entryName = $"{name}!/{entry.FullName}";
                if (entry.FullName.EndsWith('/') && entry.Length == 0)
                {
                    continue; // a folder entry
                }

                if (ZipEntryNames.EscapesArchive(entry.FullName))
                {
                    yield return new SourceFailure(entryName, "nom d'entrée refusé : son chemin sort de l'archive (« .. » ou chemin absolu)");
                    continue;
                }

                if (ZipEntryNames.IsHiddenOrSystem(entry.FullName))
                {
                    yield return new SourceSkipped(entryName, "fichier caché ou métadonnées système (.DS_Store, __MACOSX) : ignoré");
                    continue;
                }

                var item = ReadEntry(entryName, entry);
                if (item is SourceDocument document && IsZip(document.Content))
                {
                    if (depth >= MaxArchiveDepth)
                    {
                        yield return new SourceFailure(entryName, $"archives imbriquées sur plus de {MaxArchiveDepth} niveaux : refusé");
                        continue;
                    }

                    var (inner, failure) = TryOpenArchive(document.Content);
                    var items = inner is null ? [new SourceFailure(entryName, failure!)] : ReadArchive(entryName, inner, depth + 1);
                    foreach (var innerItem in items)
                    {
                        yield return innerItem;
                    }
                }
                else
                {
                    yield return item;
                }
            }
        }
    }

    private SourceItem ReadEntry(string entryName, ZipArchiveEntry entry)
    {
        if (entry.Length > maxDocumentBytes)
        {
            return new SourceFailure(entryName, $"entrée trop volumineuse ({entry.Length / (1024 * 1024)} Mo ; maximum {maxDocumentBytes / (1024 * 1024)} Mo)");
        }

        try
        {
            using var stream = entry.Open();
            var bytes = new byte[entry.Length];
            stream.ReadExactly(bytes);
            return new SourceDocument(entryName, bytes);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException)
        {
            return new SourceFailure(entryName, "entrée d'archive illisible : " + ex.Message);
        }
    }

    private string DisplayName(string file)
    {
        var relative = Path.GetRelativePath(baseDirectory, file);
        var name = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? file : relative;
        return name.Replace(Path.DirectorySeparatorChar, '/');
    }
}
