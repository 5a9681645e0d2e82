using System.Text;
using QuestionsEcrites.Import.Sources;
using QuestionsEcrites.Testing;

namespace QuestionsEcrites.IntegrationTests.Import;

/// <summary>
/// Folders and archives that could trap a naive walk: symbolic-link loops, the same file reached twice, crafted
/// zip entry names, archives nested too deep, damaged UTF-8. Every such item gets one line, and the walk ends.
/// </summary>
public sealed class HostileSourcesTests : StoreTestBase
{
    [Fact]
    public async Task ImportAsync_SymlinkLoops_EachFileOnceAndOneLinePerLoop()
    {
        var root = Path.Combine(Folder.Path, "L");
        Folder.Write("L/q1.txt", new QuestionDocumentBuilder().WithNumber(1).Build());
        Folder.Write("L/sub/q2.txt", new QuestionDocumentBuilder().WithNumber(2).Build());
        Directory.CreateSymbolicLink(Path.Combine(root, "self"), ".");
        Directory.CreateSymbolicLink(Path.Combine(root, "up"), "../L");
        Directory.CreateSymbolicLink(Path.Combine(root, "sub", "back"), "..");

        var import = Store.ImportFromAsync(Folder.Path, root);
        var finished = await Task.WhenAny(import, Task.Delay(TimeSpan.FromSeconds(60)));

        finished.Should().BeSameAs(import, "a walk through link loops must end");
        var report = await import;
        report.Added.Should().Be(2);
        report.Unchanged.Should().Be(0, "no file is read twice through a link");
        report.Rejected.Should().BeEmpty();
        report.Skipped.Select(s => s.Source).Should().BeEquivalentTo(["L/self", "L/up", "L/sub/back"]);
        report.Skipped.Should().OnlyContain(s => s.Reason.Contains("dossier déjà parcouru"));
    }

    [Fact]
    public async Task ImportAsync_LinksToAFileAndToAFolder_ReadOnceReportedOnce()
    {
        var root = Path.Combine(Folder.Path, "in");
        var q1 = Folder.Write("in/a/q1.txt", new QuestionDocumentBuilder().WithNumber(1).Build());
        File.CreateSymbolicLink(Path.Combine(root, "alias.txt"), q1);
        Directory.CreateSymbolicLink(Path.Combine(root, "b"), Path.Combine(root, "a"));
        File.CreateSymbolicLink(Path.Combine(root, "cassé.txt"), Path.Combine(root, "absent.txt"));

        var report = await Store.ImportFromAsync(Folder.Path, root);

        report.Added.Should().Be(1);
        report.Unchanged.Should().Be(0);
        report.Skipped.Should().HaveCount(2);
        report.Rejected.Should().ContainSingle().Which.Reason.Should().Contain("lien symbolique cassé");
    }

    [Fact]
    public void Walk_LinksThatPointAtEachOther_EndsWithOneLine()
    {
        var root = Path.Combine(Folder.Path, "ring");
        Directory.CreateDirectory(root);
        File.CreateSymbolicLink(Path.Combine(root, "a"), Path.Combine(root, "b"));
        File.CreateSymbolicLink(Path.Combine(root, "b"), Path.Combine(root, "a"));

        var items = new DocumentSourceReader(Folder.Path).Read([root]).ToList();

        items.Should().HaveCount(2).And.OnlyContain(i => i is SourceSkipped && ((SourceSkipped)i).Reason.Contains("boucle de liens"));
    }

    [Fact]
    public async Task ImportAsync_ZipWithCraftedAndHiddenEntries_EveryEntryReported()
    {
        var zip = Folder.WriteZip(
            "lot.zip",
            ("q1.txt", new QuestionDocumentBuilder().WithNumber(1).BuildUtf8()),
            (@"..\..\evil-win.txt", new QuestionDocumentBuilder().WithNumber(2).BuildUtf8()),
            ("../evil.txt", new QuestionDocumentBuilder().WithNumber(3).BuildUtf8()),
            ("/etc/evil.txt", new QuestionDocumentBuilder().WithNumber(4).BuildUtf8()),
            (".DS_Store", [0, 1, 2]),
            ("__MACOSX/._q1.txt", [0, 1, 2]));

        var report = await Store.ImportFromAsync(Folder.Path, zip);

        report.Added.Should().Be(1);
        report.Rejected.Select(r => r.Source).Should().BeEquivalentTo([@"lot.zip!/..\..\evil-win.txt", "lot.zip!/../evil.txt", "lot.zip!//etc/evil.txt"]);
        report.Rejected.Should().OnlyContain(r => r.Reason.Contains("sort de l'archive"));
        report.Skipped.Select(s => s.Source).Should().BeEquivalentTo(["lot.zip!/.DS_Store", "lot.zip!/__MACOSX/._q1.txt"]);
    }

    [Fact]
    public async Task ImportAsync_ZipsNestedTenDeep_RefusedAtTheLimitWithOneLine()
    {
        var content = new QuestionDocumentBuilder().WithNumber(1).BuildUtf8();
        var name = "q.txt";
        for (var level = 0; level < 10; level++)
        {
            using var nested = new TempFolder();
            content = File.ReadAllBytes(nested.WriteZip("n.zip", (name, content)));
            name = $"n{level}.zip";
        }

        var path = Folder.Write("deep.zip", content);

        var report = await Store.ImportFromAsync(Folder.Path, path);

        report.Added.Should().Be(0);
        report.Rejected.Should().ContainSingle().Which.Reason.Should().Contain("archives imbriquées");
    }

    [Fact]
    public void Read_ArchivesNestedPastTheExpansionLimit_TheOneCrossingItRefusedWhole()
    {
        var big = new byte[600 * 1024]; // zeros: a few hundred bytes once compressed
        using var inner = new TempFolder();
        var nested = File.ReadAllBytes(inner.WriteZip("inner.zip", ("a.bin", big), ("b.bin", big)));
        var zip = Folder.WriteZip("outer.zip", ("q1.txt", new QuestionDocumentBuilder().WithNumber(1).BuildUtf8()), ("inner.zip", nested));

        var items = new DocumentSourceReader(Folder.Path, new SourceLimits(MaxDocumentBytes: 1024 * 1024, MaxArchiveBytes: 1024 * 1024)).Read([zip]).ToList();

        items.OfType<SourceDocument>().Select(d => d.Name).Should().BeEquivalentTo(["outer.zip!/q1.txt"], "the outer archive fits: its entries are read");
        items.OfType<SourceFailure>().Should().ContainSingle().Which.Should().Match<SourceFailure>(f =>
            f.Name == "outer.zip!/inner.zip" && f.Reason.Contains("au-delà de la limite de 1 Mo (Import:MaxArchiveMegabytes)"),
            "the archive inside shares the outer one's allowance, and the 1.2 MB it announces do not fit");
    }

    [Fact]
    public async Task ImportAsync_DamagedUtf8_RejectedAsInvalidEncoding()
    {
        var bytes = new QuestionDocumentBuilder().WithNumber(1).BuildUtf8().ToList();
        var accent = Encoding.UTF8.GetBytes("é");
        var at = IndexOf(bytes, accent);
        bytes.Insert(at, 0xC3); // a lead byte followed by another lead byte: malformed
        var path = Folder.Write("abîmé.txt", [.. bytes]);

        var report = await Store.ImportFromAsync(Folder.Path, path);

        report.Rejected.Should().ContainSingle().Which.Reason.Should().StartWith("encodage invalide");
    }

    [Fact]
    public async Task ImportAsync_Windows1252Page_StillReadAsSuch()
    {
        var latin = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(new QuestionDocumentBuilder().WithNumber(1).WithQuestionText("Les élèves de l'école réclament des crédits.").Build());
        var path = Folder.Write("ancienne.txt", latin);

        var report = await Store.ImportFromAsync(Folder.Path, path);

        report.Added.Should().Be(1);
        (await Store.ExportAsync()).Single().Text.Should().Contain("Les élèves de l'école");
    }

    private static int IndexOf(List<byte> bytes, byte[] needle)
    {
        for (var i = 0; i <= bytes.Count - needle.Length; i++)
        {
            if (bytes.Skip(i).Take(needle.Length).SequenceEqual(needle))
            {
                return i;
            }
        }

        throw new InvalidOperationException("not found");
    }
}
