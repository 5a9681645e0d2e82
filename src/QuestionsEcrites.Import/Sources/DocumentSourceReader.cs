using System.IO.Compression;

namespace QuestionsEcrites.Import.Sources;

/// <summary>
/// Walks import paths (files, folders recursively, .zip archives, zips inside folders or zips) and yields each
/// document's bytes, or a failure naming what could not be read. Archives are streamed entry by entry, so a
/// large dump is never held in memory whole, and what an archive expands to is bounded (<see cref="SourceLimits"/>).
/// Names are relative to a base folder when under it.
/// </summary>
public sealed class DocumentSourceReader(string baseDirectory, SourceLimits? limits = null)
{
    private readonly SourceLimits _limits = limits ?? SourceLimits.Default;

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
        // A tube, a device or a /proc file says it holds nothing, and opening one could wait forever: never opened.
        var size = SizeOf(file);
        if (size == 0)
        {
            return [new SourceFailure(name, "fichier vide, ou fichier spécial (tube, périphérique) : non lu")];
        }

        var (archive, failure) = TryOpenArchive(file);
        if (archive is not null)
        {
            return ReadArchive(name, archive, new ArchiveBudget(_limits.MaxArchiveBytes));
        }

        if (failure is not null)
        {
            return [new SourceFailure(name, failure)];
        }

        return [ReadSmallFile(name, file, size)];
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
            return (null, CannotRead(ex));
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

    /// <param name="length">The size the file (or a link's target) says it has; -1 when it could not be told.</param>
    private SourceItem ReadSmallFile(string name, string file, long length)
    {
        try
        {
            return length > _limits.MaxDocumentBytes || ReadBounded(file) is not { } content
                ? new SourceFailure(name, $"fichier trop volumineux ({SourceLimits.Megabytes(Math.Max(length, _limits.MaxDocumentBytes + 1))} ; maximum {SourceLimits.Megabytes(_limits.MaxDocumentBytes)})")
                : new SourceDocument(name, content);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new SourceFailure(name, CannotRead(ex));
        }
    }

    /// <summary>
    /// Every entry of an archive comes out as a document, a rejection or a skip with its reason, never silently
    /// dropped. Entries are read in memory and never written anywhere, so a path such as <c>..\..\x</c> could do
    /// no harm here, but it marks a crafted archive: it is refused and said so.
    /// </summary>
    private IEnumerable<SourceItem> ReadArchive(string name, ZipArchive archive, ArchiveBudget budget, int depth = 1)
    {
        using (archive)
        {
            // The central directory says what the entries expand to: a small archive announcing gigabytes is refused
            // before one byte is inflated, with one line. One that lies is stopped by the count of bytes read.
            var announced = archive.Entries.Sum(e => e.Length);
            if (!budget.TryReserve(announced))
            {
                yield return new SourceFailure(name, $"archive refusée : {SourceLimits.Megabytes(announced)} une fois décompressée, au-delà de la limite de "
                    + $"{SourceLimits.Megabytes(budget.Limit)} (Import:MaxArchiveMegabytes) ; rien n'en est lu");
                yield break;
            }

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

                var item = ReadEntry(entryName, entry, budget);
                if (item is SourceDocument document && IsZip(document.Content))
                {
                    if (depth >= MaxArchiveDepth)
                    {
                        yield return new SourceFailure(entryName, $"archives imbriquées sur plus de {MaxArchiveDepth} niveaux : refusé");
                        continue;
                    }

                    var (inner, failure) = TryOpenArchive(document.Content);
                    var items = inner is null ? [new SourceFailure(entryName, failure!)] : ReadArchive(entryName, inner, budget, depth + 1);
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

    private SourceItem ReadEntry(string entryName, ZipArchiveEntry entry, ArchiveBudget budget)
    {
        if (entry.Length > _limits.MaxDocumentBytes)
        {
            return new SourceFailure(entryName, $"entrée trop volumineuse ({SourceLimits.Megabytes(entry.Length)} ; maximum {SourceLimits.Megabytes(_limits.MaxDocumentBytes)})");
        }

        try
        {
            // Reads what the entry announced and no more (the reserve above counted it); one that announced less
            // than it holds is cut there, one that announced more ends early and is refused as unreadable.
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

    /// <summary>Why a file could not be read, in French (the system's own words kept for an input-output error).</summary>
    private static string CannotRead(Exception ex) => ex is UnauthorizedAccessException
        ? "lecture impossible : accès refusé (droits du fichier)"
        : "lecture impossible (erreur d'entrée-sortie) : " + ex.Message;

    private static long SizeOf(string file)
    {
        try
        {
            var info = new FileInfo(file);
            return (info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? info).Length; // a link's own size is its target's name
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return -1; // said by the read that follows
        }
    }

    /// <summary>The file's bytes, or null past the limit (a file that grows while it is read is not read whole).</summary>
    private byte[]? ReadBounded(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16);
        using var content = new MemoryStream((int)Math.Min(stream.Length, _limits.MaxDocumentBytes));
        var buffer = new byte[1 << 16];
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            if (content.Length + read > _limits.MaxDocumentBytes)
            {
                return null;
            }

            content.Write(buffer, 0, read);
        }

        return content.Length == content.Capacity ? content.GetBuffer() : content.ToArray();
    }

    private string DisplayName(string file)
    {
        var relative = Path.GetRelativePath(baseDirectory, file);
        var name = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? file : relative;
        return name.Replace(Path.DirectorySeparatorChar, '/');
    }

    /// <summary>What one top-level archive may still expand to, shared by the archives nested in it.</summary>
    private sealed class ArchiveBudget(long limit)
    {
        private long _used;

        public long Limit => limit;

        public bool TryReserve(long bytes)
        {
            if (bytes < 0 || _used + bytes > limit)
            {
                return false;
            }

            _used += bytes;
            return true;
        }
    }
}
