using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace QuestionsEcrites.Benchmarks.Generation;

/// <summary>
/// Writes a corpus of generated written questions in the seed text format, as a folder
/// (<c>L14/0012/QE-14-0012345.txt</c>) or one zip archive, with its <see cref="CorpusManifest"/>. Streams: chunks
/// of documents are generated on all cores while the previous chunk is written, so memory stays flat whatever
/// the count. The same seed and count give the same bytes.
/// </summary>
public sealed class CorpusGenerator(TextWriter log)
{
    private const int ChunkSize = 2_048;

    /// <summary>The labelled near-duplicates: « kind legislature number sourceLegislature sourceNumber changed », tab-separated.</summary>
    public const string DuplicatesFileName = ".duplicates.tsv";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>Rejected documents and fields read back differently, found by <c>--verify</c> (0 without it).</summary>
    public long VerificationFailures { get; private set; }

    public static string ArchivePath(string output) =>
        output.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) ? output : output + ".zip";

    /// <summary>The manifest of the corpus at <paramref name="path"/> (folder or zip), or null when there is none.</summary>
    public static CorpusManifest? TryReadManifest(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                var file = Path.Combine(path, CorpusManifest.FileName);
                return File.Exists(file) ? JsonSerializer.Deserialize<CorpusManifest>(File.ReadAllText(file)) : null;
            }

            if (File.Exists(path))
            {
                using var zip = ZipFile.OpenRead(path);
                var entry = zip.GetEntry(CorpusManifest.FileName);
                if (entry is null)
                {
                    return null;
                }

                using var stream = entry.Open();
                return JsonSerializer.Deserialize<CorpusManifest>(stream);
            }
        }
        catch (Exception ex) when (ex is IOException or JsonException or InvalidDataException)
        {
            return null;
        }

        return null;
    }

    public async Task<CorpusManifest> GenerateAsync(GenerateOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Count);
        var stopwatch = Stopwatch.StartNew();
        var vocabulary = Vocabulary.Build(options.Seed);
        var parliament = Parliament.Build(options.Seed);
        var factory = new QuestionFactory(options.Seed, options.Count, vocabulary, parliament, options.CopyShare);
        var labels = new System.Text.StringBuilder();
        var verifier = options.Verify ? new CorpusVerifier() : null;
        ISink sink = options.Zip ? ZipSink.Create(ArchivePath(options.Output)) : FolderSink.Create(options.Output);

        long bytes = 0, answered = 0, closed = 0, questionChars = 0, answerChars = 0, written = 0;
        var perLegislature = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var chunks = (options.Count + ChunkSize - 1) / ChunkSize;
        var nextReport = 0.1;
        try
        {
            var pending = Task.Run(() => GenerateChunk(factory, options, 0, verifier), ct);
            for (long chunk = 0; chunk < chunks; chunk++)
            {
                var documents = await pending;
                if (chunk + 1 < chunks)
                {
                    var start = (chunk + 1) * ChunkSize;
                    pending = Task.Run(() => GenerateChunk(factory, options, start, verifier), ct);
                }

                foreach (var document in documents.OfType<GeneratedDocument>())
                {
                    ct.ThrowIfCancellationRequested();
                    written++;
                    // One writer thread: parallel file creates were slower here (6.3 s against 4.7 s for 20,000 files).
                    sink.Write(document.Path, document.Content);
                    labels.Append(document.Labels);
                    bytes += document.Content.Length;
                    answered += document.Answered ? 1 : 0;
                    closed += document.Closed ? 1 : 0;
                    questionChars += document.QuestionChars;
                    answerChars += document.AnswerChars;
                    var key = document.Legislature.ToString(CultureInfo.InvariantCulture);
                    perLegislature[key] = perLegislature.GetValueOrDefault(key) + 1;
                }

                var done = (double)(chunk + 1) / chunks;
                if (done >= nextReport && chunks > 4)
                {
                    await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  … {done:P0} ({Math.Min(options.Count, (chunk + 1) * ChunkSize):N0} documents, {stopwatch.Elapsed.TotalSeconds:0.0} s)"));
                    nextReport = Math.Floor(done * 10 + 1) / 10;
                }
            }

            var manifest = new CorpusManifest
            {
                Seed = options.Seed,
                Count = written,
                Zip = options.Zip,
                Bytes = bytes,
                Answered = answered,
                Closed = closed,
                Pending = written - answered - closed,
                MeanQuestionChars = questionChars / (double)Math.Max(1, written),
                MeanAnswerChars = answered == 0 ? 0 : answerChars / (double)answered,
                QuestionsPerLegislature = perLegislature,
                Seconds = Math.Round(stopwatch.Elapsed.TotalSeconds, 2),
            };

            if (labels.Length > 0)
            {
                sink.Write(DuplicatesFileName, Encoding.UTF8.GetBytes(labels.ToString()));
            }

            // Written last: a corpus without its manifest is incomplete, and bench makes it again.
            sink.Write(CorpusManifest.FileName, JsonSerializer.SerializeToUtf8Bytes(manifest, Json));
            sink.Complete();
            if (verifier is not null)
            {
                VerificationFailures = verifier.Mismatches.Values.Sum();
                await ReportAsync(verifier);
            }

            return manifest;
        }
        finally
        {
            sink.Dispose();
        }
    }

    private static GeneratedDocument?[] GenerateChunk(QuestionFactory factory, GenerateOptions options, long start, CorpusVerifier? verifier)
    {
        var seed = options.Seed;
        var size = (int)Math.Min(ChunkSize, options.Count - start);
        var documents = new GeneratedDocument?[size];
        Parallel.For(0, size, i =>
        {
            var index = start + i;
            var spec = factory.Create(index);
            if (options.Reserved.Contains((spec.Legislature, spec.Number)))
            {
                return;
            }
            var content = options.Json
                ? OpenDataJsonWriter.Write(spec)
                : Encoding.UTF8.GetBytes(SeedFormatWriter.Write(spec, Rng.For(seed, stream: 5, index)));
            var path = options.Json
                ? string.Create(CultureInfo.InvariantCulture, $"L{spec.Legislature:00}/{spec.Number / 1000:0000}/QANR5L{spec.Legislature}QE{spec.Number}.json")
                : string.Create(CultureInfo.InvariantCulture, $"L{spec.Legislature:00}/{spec.Number / 1000:0000}/QE-{spec.Legislature}-{spec.Number:0000000}.txt");
            if (verifier is not null)
            {
                verifier.Check(spec, content, path);
                verifier.CountWords(spec);
            }

            documents[i] = new GeneratedDocument(
                path,
                content,
                spec.Legislature,
                spec.AnsweredOn is not null,
                spec.ClosedOn is not null && spec.AnsweredOn is null,
                spec.QuestionParagraphs.Sum(p => p.Length + 2) - 2,
                spec.AnswerParagraphs?.Sum(p => p.Length + 2) - 2 ?? 0,
                Labels(spec));
        });
        return documents;
    }

    private async Task ReportAsync(CorpusVerifier verifier)
    {
        var (distinct, tokens, top10, exponent) = verifier.WordStatistics();
        await log.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"vérification : {verifier.Documents:N0} documents relus par le parseur du produit, {verifier.Rejected:N0} rejeté(s) ; mots : {distinct:N0} distincts sur {tokens:N0}, 10 premiers = {top10:P1}, pente de Zipf (rangs 10–10 000) = {exponent:0.00}"));
        foreach (var (field, count) in verifier.Mismatches.OrderByDescending(m => m.Value))
        {
            await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  écart {field} : {count:N0} document(s), par exemple {verifier.Examples[field]}"));
        }
    }

    private static string Labels(QuestionSpec spec)
    {
        var labels = string.Empty;
        if (spec.CopyOf is { } copy)
        {
            labels += string.Create(CultureInfo.InvariantCulture, $"question\t{spec.Legislature}\t{spec.Number}\t{copy.Legislature}\t{copy.Number}\t{(copy.Changed ? 1 : 0)}\n");
        }

        if (spec.AnswerCopyOf is { } answer)
        {
            labels += string.Create(CultureInfo.InvariantCulture, $"answer\t{spec.Legislature}\t{spec.Number}\t{answer.Legislature}\t{answer.Number}\t0\n");
        }

        return labels;
    }

    private sealed record GeneratedDocument(string Path, byte[] Content, int Legislature, bool Answered, bool Closed, int QuestionChars, int AnswerChars, string Labels);

    private interface ISink : IDisposable
    {
        void Write(string relativePath, byte[] content);

        void Complete();
    }

    private sealed class FolderSink(string root) : ISink
    {
        private string? _lastFolder;

        public static FolderSink Create(string root)
        {
            var full = Path.GetFullPath(root);
            if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any())
            {
                // Only ever delete a previous corpus, never a folder of someone's files.
                if (!File.Exists(Path.Combine(full, CorpusManifest.FileName)) && !File.Exists(Path.Combine(full, ".generating")))
                {
                    throw new IOException($"le dossier {full} existe et n'est pas un corpus généré : choisissez un autre --out");
                }

                Directory.Delete(full, recursive: true);
            }

            Directory.CreateDirectory(full);
            File.WriteAllText(Path.Combine(full, ".generating"), string.Empty);
            return new FolderSink(full);
        }

        public void Write(string relativePath, byte[] content)
        {
            var path = Path.Combine(root, relativePath);
            var folder = Path.GetDirectoryName(path)!;
            if (folder != _lastFolder)
            {
                Directory.CreateDirectory(folder);
                _lastFolder = folder;
            }

            File.WriteAllBytes(path, content);
        }

        public void Complete() => File.Delete(Path.Combine(root, ".generating"));

        public void Dispose()
        {
        }
    }

    private sealed class ZipSink(string path, FileStream stream, ZipArchive archive) : ISink
    {
        private static readonly DateTimeOffset EntryTime = new(2026, 2, 24, 0, 0, 0, TimeSpan.Zero);

        private bool _completed;

        public static ZipSink Create(string path)
        {
            var full = Path.GetFullPath(path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            var stream = new FileStream(full + ".partial", FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 20);
            return new ZipSink(full, stream, new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true));
        }

        public void Write(string relativePath, byte[] content)
        {
            var entry = archive.CreateEntry(relativePath, CompressionLevel.Fastest);
            entry.LastWriteTime = EntryTime; // not the clock: the same seed gives the same archive
            using var entryStream = entry.Open();
            entryStream.Write(content);
        }

        public void Complete()
        {
            archive.Dispose();
            stream.Dispose();
            File.Move(path + ".partial", path, overwrite: true);
            _completed = true;
        }

        public void Dispose()
        {
            if (!_completed)
            {
                archive.Dispose();
                stream.Dispose();
                File.Delete(path + ".partial");
            }
        }
    }
}
