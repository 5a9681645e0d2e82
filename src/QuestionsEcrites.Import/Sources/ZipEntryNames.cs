namespace QuestionsEcrites.Import.Sources;

/// <summary>What a zip entry's name says about it, whichever separator the archiver used (<c>/</c> or <c>\</c>).</summary>
internal static class ZipEntryNames
{
    private static readonly char[] Separators = ['/', '\\'];

    /// <summary>A parent segment, a rooted path or a drive letter: a name meant to be written outside the archive.</summary>
    public static bool EscapesArchive(string fullName)
    {
        ArgumentNullException.ThrowIfNull(fullName);
        if (fullName.StartsWith('/') || fullName.StartsWith('\\') || (fullName.Length > 1 && fullName[1] == ':'))
        {
            return true;
        }

        return fullName.Split(Separators).Any(segment => segment == "..");
    }

    /// <summary>Dot files and folders, and the resource forks macOS adds to every archive it makes.</summary>
    public static bool IsHiddenOrSystem(string fullName)
    {
        ArgumentNullException.ThrowIfNull(fullName);
        return fullName.Split(Separators, StringSplitOptions.RemoveEmptyEntries)
            .Any(segment => segment.StartsWith('.') || segment == "__MACOSX");
    }
}
