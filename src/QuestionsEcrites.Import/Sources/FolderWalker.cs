namespace QuestionsEcrites.Import.Sources;

/// <summary>
/// Lists the files under a folder, recursively, each real folder once: symbolic links are followed, but a link
/// back to a folder already walked (a loop such as <c>self -&gt; .</c>, or a second way to the same folder) is
/// reported in one line and not entered again, and the same real file is listed once. The walk is bounded in
/// depth. Dot files and folders (<c>.git</c>, <c>.DS_Store</c>) are not documents and are passed over silently.
/// </summary>
internal sealed class FolderWalker(Func<string, string> displayName)
{
    /// <summary>Deeper than any real export; a deeper tree is more likely a generated trap than documents.</summary>
    public const int MaxDepth = 64;

    /// <summary>The files in ordinal order of their paths, then what was passed over or could not be read.</summary>
    public (List<string> Files, List<SourceItem> Notes) Walk(string root)
    {
        var files = new List<string>();
        var notes = new List<SourceItem>();
        var visitedFolders = new HashSet<string>(StringComparer.Ordinal);
        var seenFiles = new HashSet<string>(StringComparer.Ordinal);
        var realRoot = RealPaths.Resolve(root) ?? root;
        visitedFolders.Add(realRoot);
        var pending = new Stack<(string Folder, string RealFolder, int Depth)>();
        pending.Push((root, realRoot, 0));
        while (pending.TryPop(out var next))
        {
            IEnumerable<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(next.Folder).EnumerateFileSystemInfos().ToList();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                notes.Add(new SourceFailure(displayName(next.Folder), "dossier illisible : " + ex.Message));
                continue;
            }

            foreach (var entry in entries)
            {
                if (entry.Name.StartsWith('.'))
                {
                    continue;
                }

                // Only a link needs resolving: a plain entry's real path is its real folder's, plus its name.
                var isLink = entry.LinkTarget is not null;
                var real = isLink ? RealPaths.Resolve(entry.FullName) : Path.Combine(next.RealFolder, entry.Name);
                if (real is null)
                {
                    notes.Add(new SourceSkipped(displayName(entry.FullName), "boucle de liens symboliques : ignoré"));
                }
                else if (isLink ? Directory.Exists(real) : entry is DirectoryInfo)
                {
                    if (!visitedFolders.Add(real))
                    {
                        notes.Add(new SourceSkipped(displayName(entry.FullName), $"lien vers un dossier déjà parcouru ({displayName(real)}) : boucle ou doublon, ignoré"));
                    }
                    else if (next.Depth + 1 > MaxDepth)
                    {
                        notes.Add(new SourceSkipped(displayName(entry.FullName), $"dossier à plus de {MaxDepth} niveaux de profondeur : ignoré"));
                    }
                    else
                    {
                        pending.Push((entry.FullName, real, next.Depth + 1));
                    }
                }
                else if (!isLink || File.Exists(real))
                {
                    if (seenFiles.Add(real))
                    {
                        files.Add(entry.FullName);
                    }
                    else
                    {
                        notes.Add(new SourceSkipped(displayName(entry.FullName), "même fichier qu'un autre déjà lu (lien) : ignoré"));
                    }
                }
                else
                {
                    notes.Add(new SourceFailure(displayName(entry.FullName), "lien symbolique cassé (sa cible n'existe pas)"));
                }
            }
        }

        files.Sort(StringComparer.Ordinal);
        return (files, notes);
    }
}
