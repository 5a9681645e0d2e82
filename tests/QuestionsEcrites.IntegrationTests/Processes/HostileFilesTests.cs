using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using QuestionsEcrites.Testing;
using Xunit.Abstractions;

namespace QuestionsEcrites.IntegrationTests.Processes;

/// <summary>
/// One CLI import (its own process, its memory watched) of a folder of hostile files beside a good one, into a
/// store that already holds the seeds: each hostile file gets one line saying why it was not taken, the good one
/// is imported, what was stored before is unchanged, and the peak memory stays bounded.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")] // tubes, /proc and /sys: the import's hostile cases on the platform it serves from
public sealed class HostileFilesTests(ITestOutputHelper output) : IDisposable
{
    private const long MiB = 1024 * 1024;

    private readonly TempFolder _folder = new();

    [Fact]
    public async Task ImportOfHostileFiles_OneLineEach_StoreUnchanged_MemoryBounded()
    {
        var database = Path.Combine(_folder.Path, "questions.db");
        var index = Path.Combine(_folder.Path, "index");
        (await CliProcess.RunAsync(database, index, null, "import", RepoPaths.Seeds)).ExitCode.Should().Be(0);
        var before = Questions(await CliProcess.ExportAsync(database, index));

        var hostile = Path.Combine(_folder.Path, "hostile");
        var expected = WriteHostileFiles(hostile);
        var run = await CliProcess.RunAsync(database, index, null, "import", hostile);
        output.WriteLine(run.Output);
        output.WriteLine($"peak resident memory: {run.PeakResidentBytes / MiB} MiB");

        run.ExitCode.Should().Be(1, "files were rejected");
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var (name, reason) in expected)
        {
            lines.Where(l => l.Contains($"hostile/{name}", StringComparison.Ordinal)).Should()
                .ContainSingle($"one line for {name}").Which.Should().Contain(reason);
        }

        run.Output.Should().Contain("2 ajoutée(s)", "the UTF-16 document and the deeply nested page beside them are imported");
        run.PeakResidentBytes.Should().BeLessThan(1024 * MiB, "reading is bounded: no file or archive is inflated whole");

        SqliteConnection.ClearAllPools();
        var after = Questions(await CliProcess.ExportAsync(database, index));
        var added = after.Keys.Except(before.Keys).ToList();
        added.Should().BeEquivalentTo(["QANR5L17QE88001", "QANR5L16QE200"]);
        after["QANR5L16QE200"].Should().Contain("Au fond. Mme Marie-Pierre Rixain appelle", "the nested text is read, not lost");
        after.Where(q => before.ContainsKey(q.Key)).Should().OnlyContain(q => q.Value == before[q.Key], "what was stored before is unchanged");
        using var integrity = new SqliteConnection($"Data Source={database};Pooling=False");
        integrity.Open();
        using var check = integrity.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        check.ExecuteScalar().Should().Be("ok");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    /// <summary>Writes the hostile files; returns each one's name and a word of the line it must get.</summary>
    private static List<(string Name, string Reason)> WriteHostileFiles(string folder)
    {
        Directory.CreateDirectory(folder);
        WriteZipBomb(Path.Combine(folder, "bombe.zip"), entries: 70, entryBytes: 31 * MiB); // 2,170 MiB once inflated

        WriteZip(Path.Combine(folder, "traversee.zip"), ("../../evil.txt", Question(88_002)), ("/etc/evil.txt", Question(88_003)));
        var nested = Question(88_004);
        for (var level = 0; level < 10; level++)
        {
            var path = Path.Combine(folder, $"n{level}.tmp");
            WriteZip(path, (level == 0 ? "q.txt" : $"n{level - 1}.zip", nested));
            nested = File.ReadAllBytes(path);
            File.Delete(path);
        }

        File.WriteAllBytes(Path.Combine(folder, "gigogne.zip"), nested);
        Directory.CreateDirectory(Path.Combine(folder, "boucle"));
        Directory.CreateSymbolicLink(Path.Combine(folder, "boucle", "retour"), "..");
        File.CreateSymbolicLink(Path.Combine(folder, "memoire.txt"), "/proc/self/mem"); // says it is empty; reading it fails
        using (var mkfifo = Process.Start("mkfifo", Path.Combine(folder, "tube.txt")))
        {
            mkfifo.WaitForExit(); // opening a tube for reading would wait for a writer, forever
        }

        var elsewhere = Path.Combine(Path.GetDirectoryName(folder)!, "ailleurs.fifo");
        using (var mkfifo = Process.Start("mkfifo", elsewhere))
        {
            mkfifo.WaitForExit();
        }

        File.CreateSymbolicLink(Path.Combine(folder, "lien-tube.txt"), elsewhere);
        UnreadableFile(folder);

        var damaged = Question(88_005).ToList();
        damaged.Insert(damaged.IndexOf((byte)'M'), 0xC3); // a lead byte before a plain one: malformed UTF-8 beside valid « é »
        File.WriteAllBytes(Path.Combine(folder, "abime.txt"), [.. damaged]);
        File.WriteAllBytes(Path.Combine(folder, "utf16.txt"), [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Text(88_001))]);
        var random = new byte[50 * MiB];
        new Random(50).NextBytes(random);
        File.WriteAllBytes(Path.Combine(folder, "binaire.bin"), random);
        var huge = new QuestionDocumentBuilder().WithNumber(88_006).WithQuestionText(string.Join(' ', Enumerable.Repeat("Les ponts communaux s'effondrent.", 4 * 1024 * 1024 / 34))).Build();
        File.WriteAllText(Path.Combine(folder, "enorme.txt"), huge + new string('\n', 1024 * 1024));
        File.WriteAllText(Path.Combine(folder, "profond.json"), string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "1" + new string('}', 10_000));
        File.WriteAllText(Path.Combine(folder, "profond.xml"), "<question xmlns=\"http://schemas.assemblee-nationale.fr/referentiel\">"
            + string.Concat(Enumerable.Repeat("<a>", 10_000)) + "x" + string.Concat(Enumerable.Repeat("</a>", 10_000)) + "</question>");
        // A real page of the Assemblée with elements nested 10,000 deep inside its question's text.
        var page = File.ReadAllText(Path.Combine(RepoPaths.Shared, "samples", "QANR5L16QE200.html"));
        File.WriteAllText(Path.Combine(folder, "profond.html"), page.Replace(
            "<p class=\"_pa-small\">Mme Marie-Pierre Rixain appelle",
            "<p class=\"_pa-small\">" + string.Concat(Enumerable.Repeat("<span>", 10_000)) + "Au fond." + string.Concat(Enumerable.Repeat("</span>", 10_000)) + " Mme Marie-Pierre Rixain appelle",
            StringComparison.Ordinal));

        return
        [
            ("bombe.zip", "Import:MaxArchiveMegabytes"),
            ("traversee.zip!/../../evil.txt", "sort de l'archive"),
            ("traversee.zip!//etc/evil.txt", "sort de l'archive"),
            ("gigogne.zip", "archives imbriquées"),
            ("boucle/retour", "déjà parcouru"),
            ("memoire.txt", "fichier spécial"),
            ("tube.txt", "fichier spécial"),
            ("lien-tube.txt", "fichier spécial"),
            ("illisible.txt", "lecture impossible"),
            ("abime.txt", "encodage invalide"),
            ("binaire.bin", "trop volumineux"),
            ("enorme.txt", "texte de la question trop long"),
            ("profond.json", "JSON imbriqué sur plus de 64 niveaux"),
            ("profond.xml", "XML imbriqué sur plus de 64 niveaux"),
        ];
    }

    /// <summary>
    /// A file that cannot be read: mode 000 for a user, and for root (who reads anything) a link to a write-only
    /// kernel attribute, which refuses even root.
    /// </summary>
    private static void UnreadableFile(string folder)
    {
        var path = Path.Combine(folder, "illisible.txt");
        if (Environment.UserName != "root")
        {
            File.WriteAllBytes(path, Question(88_007));
            File.SetUnixFileMode(path, UnixFileMode.None);
            return;
        }

        var writeOnly = Directory.EnumerateFiles("/sys/class", "*", new EnumerationOptions { RecurseSubdirectories = true, MaxRecursionDepth = 2, IgnoreInaccessible = true })
            .Concat(Directory.EnumerateFiles("/sys/devices", "*", new EnumerationOptions { RecurseSubdirectories = true, MaxRecursionDepth = 3, IgnoreInaccessible = true }))
            .First(f => File.GetUnixFileMode(f) == UnixFileMode.UserWrite);
        File.CreateSymbolicLink(path, writeOnly);
    }

    private static void WriteZipBomb(string path, int entries, long entryBytes)
    {
        var zeros = new byte[MiB];
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        for (var i = 0; i < entries; i++)
        {
            using var stream = archive.CreateEntry($"zeros-{i}.txt", CompressionLevel.Fastest).Open();
            for (var written = 0L; written < entryBytes; written += zeros.Length)
            {
                stream.Write(zeros);
            }
        }
    }

    private static void WriteZip(string path, params (string Name, byte[] Content)[] entries)
    {
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, content) in entries)
        {
            using var stream = archive.CreateEntry(name).Open();
            stream.Write(content);
        }
    }

    private static string Text(int number) => new QuestionDocumentBuilder().WithNumber(number)
        .WithQuestionText("M. Jean Dupont attire l'attention de M. le ministre sur l'état des ponts communaux.").Build();

    private static byte[] Question(int number) => Encoding.UTF8.GetBytes(Text(number));

    private static Dictionary<string, string> Questions(string export) =>
        JsonNode.Parse(export)!.AsArray().ToDictionary(q => q!["uid"]!.GetValue<string>(), q => q!.ToJsonString());
}
