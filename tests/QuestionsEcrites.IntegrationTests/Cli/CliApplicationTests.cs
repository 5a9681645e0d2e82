using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using QuestionsEcrites.Testing;
using QuestionsEcrites.Web.Cli;

namespace QuestionsEcrites.IntegrationTests.Cli;

/// <summary>The verbs as a user runs them, against a database file in a temp folder.</summary>
public sealed class CliApplicationTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly StringWriter _out = new();
    private readonly StringWriter _error = new();
    private readonly MemoryStream _rawOut = new();

    private string Database => Path.Combine(_folder.Path, "App_Data", "questions.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Fact]
    public async Task Import_Seeds_PrintsSummaryAndExitsZero()
    {
        var exit = await RunAsync("import", RepoPaths.Seeds);

        exit.Should().Be(0);
        _out.ToString().Should().Contain("5 ajoutée(s), 0 mise(s) à jour, 0 inchangée(s), 0 rejetée(s)");
        File.Exists(Database).Should().BeTrue();
    }

    [Fact]
    public async Task Import_Twice_SecondRunChangesNothing()
    {
        await RunAsync("import", RepoPaths.Seeds);

        var exit = await RunAsync("import", RepoPaths.Seeds);

        exit.Should().Be(0);
        _out.ToString().Should().Contain("0 ajoutée(s), 0 mise(s) à jour, 5 inchangée(s), 0 rejetée(s)");
    }

    [Fact]
    public async Task Import_FolderWithALinkLoop_OneIgnoredLineAndExitZero()
    {
        _folder.Write("L/q.txt", new QuestionDocumentBuilder().Build());
        Directory.CreateSymbolicLink(Path.Combine(_folder.Path, "L", "self"), ".");

        var exit = await RunAsync("import", Path.Combine(_folder.Path, "L"));

        exit.Should().Be(0, "a loop passed over is not a rejected document");
        var lines = _out.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().ContainSingle(l => l.StartsWith("ignoré : ", StringComparison.Ordinal)).Which.Should().Contain("self").And.Contain("dossier déjà parcouru");
        lines[^1].Should().Contain("1 ajoutée(s)");
    }

    [Fact]
    public async Task Import_WithBadFiles_OneLinePerRejectedFileAndExitOne()
    {
        var bad = _folder.Write("in/vide.txt", string.Empty);
        _folder.Write("in/bonne.txt", new QuestionDocumentBuilder().Build());

        var exit = await RunAsync("import", Path.Combine(_folder.Path, "in"));

        exit.Should().Be(1);
        var lines = _out.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().Contain(l => l.StartsWith($"rejeté : {bad} : fichier vide", StringComparison.Ordinal));
        lines.Should().ContainSingle(l => l.StartsWith("rejeté", StringComparison.Ordinal));
        lines[^1].Should().Contain("1 ajoutée(s)").And.Contain("1 rejetée(s)");
        _error.ToString().Should().NotContain("   at ");
    }

    [Theory]
    [InlineData("import")]
    [InlineData("imoprt", "seeds")]
    [InlineData("import", "--format", "json", "seeds")]
    [InlineData("reindex", "superflu")]
    [InlineData("export", "--out", "/nonexistent-folder/x.json")]
    [InlineData("import", "--inconnue")]
    [InlineData("export", "--format", "xml")]
    [InlineData("export", "--out")]
    [InlineData("export", "superflu")]
    public async Task Verb_UsageError_ExitsTwoWithAFrenchMessage(params string[] args)
    {
        var exit = await RunAsync(args);

        exit.Should().Be(2);
        _error.ToString().Should().StartWith("erreur : ");
        File.Exists(Database).Should().BeFalse("a usage error is found before the database is opened");
    }

    [Fact]
    public async Task Export_Json_ToStdoutIsTheExpectedSchema()
    {
        await RunAsync("import", RepoPaths.Seeds);
        _out.GetStringBuilder().Clear();

        var exit = await RunAsync("export", "--format", "json");

        exit.Should().Be(0);
        var exported = JsonNode.Parse(Encoding.UTF8.GetString(_rawOut.ToArray()))!.AsArray();
        var expected = JsonNode.Parse(SeedCorpus.ExpectedJson)!.AsArray();
        foreach (var question in exported.Concat(expected))
        {
            question!.AsObject().Remove("source"); // absolute here, since the seeds lie outside this test's folder
        }

        JsonNode.DeepEquals(exported, expected).Should().BeTrue();
    }

    [Fact]
    public async Task Export_CsvToFile_HeaderAndOneRowPerQuestion()
    {
        await RunAsync("import", RepoPaths.Seeds);
        var target = Path.Combine(_folder.Path, "export.csv");

        var exit = await RunAsync("export", "--format", "csv", "--out", target);

        exit.Should().Be(0);
        var csv = await File.ReadAllTextAsync(target);
        csv.Should().StartWith("legislature,number,type,title,rubrique,ministryAsked,ministryAssigned,authorCivility,authorName,");
        csv.Should().Contain("17,1223,QE,Soutien au secteur médico-social et mise en œuvre du « Ségur pour tous »,");
        csv.Should().Contain("\"La France insoumise - Nouveau Front Populaire\"".Trim('"'));
        csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(6);
        File.Exists(target + ".partial").Should().BeFalse();
    }

    [Fact]
    public async Task Reindex_AfterImport_RebuildsEveryQuestion()
    {
        await RunAsync("import", RepoPaths.Seeds);
        _out.GetStringBuilder().Clear();

        var exit = await RunAsync("reindex");

        exit.Should().Be(0);
        _out.ToString().Should().StartWith("Index reconstruit : 5 question(s)");
    }

    [Fact]
    public async Task Help_PrintsUsage()
    {
        var exit = await RunAsync("help");

        exit.Should().Be(0);
        _out.ToString().Should().Contain("import CHEMIN");
    }

    private Task<int> RunAsync(params string[] args) =>
        CliApplication.RunAsync(
            [.. args, $"--ConnectionStrings:Questions=Data Source={Database}", $"--Search:IndexPath={Path.Combine(_folder.Path, "index")}"],
            new CliConsole(_out, _error, () => new NonClosingStream(_rawOut), ShowProgress: false),
            CancellationToken.None);

    /// <summary>Keeps the captured stdout readable after the verb disposes its stream.</summary>
    private sealed class NonClosingStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
