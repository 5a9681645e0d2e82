namespace QuestionsEcrites.Import.Sources;

/// <summary>
/// The canonical path of a file or folder: every symbolic link along it resolved (as <c>realpath(3)</c> does), so
/// that two paths to one folder compare equal. Portable: links are read with <see cref="FileSystemInfo.LinkTarget"/>.
/// </summary>
internal static class RealPaths
{
    /// <summary>As Linux: more links than this while resolving one path is a loop.</summary>
    private const int MaxLinkHops = 40;

    /// <summary>The canonical path, or null when its links loop among themselves.</summary>
    public static string? Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full)!;
        var pending = new LinkedList<string>(Split(full[current.Length..]));
        var hops = 0;
        while (pending.First is { } first)
        {
            var part = first.Value;
            pending.RemoveFirst();
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var candidate = Path.Combine(current, part);
            var target = new FileInfo(candidate).LinkTarget;
            if (target is null)
            {
                current = candidate;
                continue;
            }

            if (++hops > MaxLinkHops)
            {
                return null;
            }

            // The target's parts are resolved in turn, from the link's folder (or from the root when absolute).
            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target)!;
                target = target[current.Length..];
            }

            foreach (var targetPart in Split(target).Reverse())
            {
                pending.AddFirst(targetPart);
            }
        }

        return current;
    }

    private static string[] Split(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
}
