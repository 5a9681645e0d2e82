using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using QuestionsEcrites.Search.Querying;
using QuestionsEcrites.Testing;

namespace QuestionsEcrites.IntegrationTests.Import;

/// <summary>The open data's XML imports as its JSON does: same store, same export, whatever the mix.</summary>
public sealed class OpenDataXmlImportTests : StoreTestBase
{
    private static string Sample(string name) => File.ReadAllText(Path.Combine(RepoPaths.Shared, "samples", name));

    /// <summary>The export without the source path, which names the file each came from.</summary>
    private static string Export(IEnumerable<QuestionsEcrites.Data.Export.QuestionExport> questions) =>
        JsonSerializer.Serialize(questions.Select(q => q with { Source = string.Empty }));

    [Fact]
    public async Task Import_XmlDump_SameExportAsTheJsonDump()
    {
        var jsonFiles = new[]
        {
            Folder.Write("json/QANR5L17QE1223.json", OpenDataSamples.FullQe),
            Folder.Write("json/QANR5L17QG1.json", Sample("QANR5L17QG1.json")),
            Folder.Write("json/PA267306.json", Sample("PA267306.json")),
        };
        var xmlFiles = new[]
        {
            Folder.Write("xml/QANR5L17QE1223.xml", OpenDataSamples.FullQeXml),
            Folder.Write("xml/QANR5L17QG1.xml", DumpJsonAsXml.Convert(Sample("QANR5L17QG1.json"))),
            Folder.Write("xml/PA267306.xml", DumpJsonAsXml.Convert(Sample("PA267306.json"))),
        };

        var fromJson = await Store.ImportAsync(jsonFiles);
        var jsonExport = Export(await Store.ExportAsync());
        await using var xmlStore = await TestStore.CreateAsync();
        var fromXml = await xmlStore.ImportAsync(xmlFiles);

        fromXml.Rejected.Should().BeEmpty();
        fromXml.Added.Should().Be(fromJson.Added).And.Be(2);
        Export(await xmlStore.ExportAsync()).Should().Be(jsonExport);
        xmlStore.Searcher.Search(new QuestionSearchRequest { Text = "Ségur" }).Total.Should().Be(1);
    }

    [Fact]
    public async Task Import_JsonThenXmlOfTheSameQuestion_NothingChanges()
    {
        await Store.ImportAsync(Folder.Write("q.json", OpenDataSamples.FullQe));
        var before = Export(await Store.ExportAsync());

        var again = await Store.ImportAsync(Folder.Write("q.xml", OpenDataSamples.FullQeXml));

        again.Added.Should().Be(0);
        again.Rejected.Should().BeEmpty();
        Export(await Store.ExportAsync()).Should().Be(before);
        await using var db = Store.CreateDbContext();
        (await db.Authors.CountAsync()).Should().Be(1);
    }

    [Fact]
    public async Task Import_ZipOfXmlWithABrokenEntry_RejectedByNameOthersKept()
    {
        var zip = Folder.WriteZip(
            "Questions_ecrites.xml.zip",
            ("xml/QANR5L17QE1223.xml", Encoding.UTF8.GetBytes(OpenDataSamples.FullQeXml)),
            ("xml/QANR5L17QE1224.xml", Encoding.UTF8.GetBytes(OpenDataSamples.FullQeXml.Replace("<numero>1223</numero>", "<numero>1224</numero>", StringComparison.Ordinal))),
            ("xml/QANR5L17QE1225.xml", Encoding.UTF8.GetBytes(OpenDataSamples.FullQeXml[..400])));

        var report = await Store.ImportFromAsync(Folder.Path, zip);

        report.Added.Should().Be(2);
        var rejected = report.Rejected.Should().ContainSingle().Subject;
        rejected.Source.Should().Be("Questions_ecrites.xml.zip!/xml/QANR5L17QE1225.xml");
        rejected.Reason.Should().StartWith("XML invalide (ligne");
    }
}
