using System.Diagnostics;
using System.Globalization;
using QuestionsEcrites.Benchmarks.Benchmarking;
using QuestionsEcrites.Benchmarks.Generation;

namespace QuestionsEcrites.Benchmarks.Duplicates;

/// <summary>The <c>identiques</c> verb's options.</summary>
public sealed record IdenticalTextsOptions
{
    public long Count { get; init; } = 100_000;

    public double CopyShare { get; init; } = 0.04;

    public long Seed { get; init; } = 42;

    public required string WorkDirectory { get; init; }
}

/// <summary>Precision and recall of one kind of link (question texts, or answers) against the generator's labels.</summary>
public sealed record LinkQuality(string Kind, int Labelled, int Found, int FoundChanged, int LabelledChanged, int Predicted, int Correct)
{
    public double Recall => Labelled == 0 ? 1 : Found / (double)Labelled;

    public double RecallChanged => LabelledChanged == 0 ? 1 : FoundChanged / (double)LabelledChanged;

    public double Precision => Predicted == 0 ? 1 : Correct / (double)Predicted;
}

public sealed record IdenticalTextsReport(long Questions, double ImportSeconds, double LinkSeconds, long HeapBytes, long PeakWorkingSetBytes, long Links, IReadOnlyList<LinkQuality> Quality);

/// <summary>
/// Measures « questions identiques » on a generated corpus with labelled near-duplicates: imports it into a fresh
/// store, runs the product's <see cref="QuestionsEcrites.Data.Duplicates.DuplicateLinker"/> once (time, memory),
/// then scores its links against the labels. A predicted link is correct when both questions belong to one
/// labelled group (an original and its copies); recall counts each copy linked to its original.
/// </summary>
public sealed class IdenticalTextsBenchmark(IdenticalTextsOptions options, TextWriter log)
{
    public async Task<IdenticalTextsReport> RunAsync(CancellationToken ct)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"identiques-{options.Count}-seed{options.Seed}-copies{options.CopyShare}");
        var corpus = Path.Combine(options.WorkDirectory, name, "corpus");
        if (CorpusGenerator.TryReadManifest(corpus) is null)
        {
            await new CorpusGenerator(log).GenerateAsync(new GenerateOptions { Count = options.Count, Output = corpus, Seed = options.Seed, CopyShare = options.CopyShare }, ct);
        }

        var storeFolder = Path.Combine(options.WorkDirectory, name, "store");
        if (Directory.Exists(storeFolder))
        {
            Directory.Delete(storeFolder, recursive: true);
        }

        await using var store = await BenchStore.CreateAsync(storeFolder, log, ct);
        var stopwatch = Stopwatch.StartNew();
        var import = await store.Importer.ImportAsync([corpus], options.WorkDirectory, progress: null, ct);
        await store.Follower.CatchUpAsync(ct);
        var importSeconds = stopwatch.Elapsed.TotalSeconds;
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"importé : {import.Added:N0} questions en {importSeconds:0.0} s"));

        GC.Collect();
        stopwatch.Restart();
        await store.Linker.LinkAsync(ct);
        var linkSeconds = stopwatch.Elapsed.TotalSeconds;
        var heap = GC.GetGCMemoryInfo().HeapSizeBytes; // what the linking left live, as of the last collection
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;

        var keys = new Dictionary<int, (int Legislature, int Number)>();
        var links = new List<(string Kind, int A, int B)>();
        await using (var connection = store.OpenReadOnlyConnection())
        {
            await using var command = connection.CreateCommand();
            command.CommandText = """SELECT "Id", "Legislature", "Number" FROM "Questions" """;
            await using (var reader = await command.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    keys[reader.GetInt32(0)] = (reader.GetInt32(1), reader.GetInt32(2));
                }
            }

            command.CommandText = """SELECT "Kind", "QuestionId", "OtherId" FROM "IdenticalTexts" WHERE "QuestionId" < "OtherId" """;
            await using (var reader = await command.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    links.Add((reader.GetInt32(0) == 0 ? "question" : "answer", reader.GetInt32(1), reader.GetInt32(2)));
                }
            }
        }

        var labels = (await File.ReadAllLinesAsync(Path.Combine(corpus, CorpusGenerator.DuplicatesFileName), ct))
            .Select(line => line.Split('\t'))
            .Where(f => f.Length == 6)
            .Select(f => (Kind: f[0], Copy: (int.Parse(f[1], CultureInfo.InvariantCulture), int.Parse(f[2], CultureInfo.InvariantCulture)), Source: (int.Parse(f[3], CultureInfo.InvariantCulture), int.Parse(f[4], CultureInfo.InvariantCulture)), Changed: f[5] == "1"))
            .ToList();

        // The labelled pairs' own similarities, read from their signatures: what a threshold keeps or loses.
        var idOf = keys.ToDictionary(k => k.Value, k => k.Key);
        var signatures = new Dictionary<int, uint[]>();
        await using (var connection = store.OpenReadOnlyConnection())
        {
            await using var command = connection.CreateCommand();
            command.CommandText = """SELECT "QuestionId", "Signature" FROM "TextSignatures" WHERE "Kind" = 0""";
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                signatures[reader.GetInt32(0)] = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, uint>((byte[])reader.GetValue(1)).ToArray();
            }
        }

        var similarities = labels.Where(l => l.Kind == "question" && idOf.ContainsKey(l.Copy) && idOf.ContainsKey(l.Source))
            .Select(l => (l.Changed, l.Copy, l.Source, Value: signatures.TryGetValue(idOf[l.Copy], out var a) && signatures.TryGetValue(idOf[l.Source], out var b) ? QuestionsEcrites.Domain.Duplicates.MinHash.Similarity(a, b) : 0))
            .ToList();
        foreach (var changed in new[] { false, true })
        {
            var values = similarities.Where(x => x.Changed == changed).Select(x => x.Value).Order().ToList();
            if (values.Count > 0)
            {
                double At(double q) => values[(int)Math.Round(q * (values.Count - 1))];
                var lowest = similarities.Where(x => x.Changed == changed).OrderBy(x => x.Value).First();
                await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"similarité des paires étiquetées {(changed ? "avec une phrase changée" : "recopiées")} : min {values[0]:0.00} ({lowest.Copy.Item1}/{lowest.Copy.Item2} copie de {lowest.Source.Item1}/{lowest.Source.Item2}), p10 {At(0.1):0.00}, médiane {At(0.5):0.00} ({values.Count} paires)"));
            }
        }

        await WriteUnlabelledCandidatesAsync(store, labels.Where(l => l.Kind == "question").ToList(), idOf, signatures, ct);

        var quality = new[] { "question", "answer" }.Select(kind =>
        {
            var labelled = labels.Where(l => l.Kind == kind).ToList();
            var groupOf = new Dictionary<(int, int), (int, int)>();
            foreach (var l in labelled)
            {
                groupOf[l.Copy] = l.Source;
                groupOf.TryAdd(l.Source, l.Source);
            }

            var predicted = links.Where(l => l.Kind == kind).Select(l => (keys[l.A], keys[l.B])).ToList();
            var linked = predicted.SelectMany(p => new[] { p, (p.Item2, p.Item1) }).ToHashSet();
            var correct = predicted.Count(p => groupOf.TryGetValue(p.Item1, out var g1) && groupOf.TryGetValue(p.Item2, out var g2) && g1 == g2);
            var found = labelled.Count(l => linked.Contains((l.Copy, l.Source)));
            var changed = labelled.Where(l => l.Changed).ToList();
            return new LinkQuality(kind, labelled.Count, found, changed.Count(l => linked.Contains((l.Copy, l.Source))), changed.Count, predicted.Count, correct);
        }).ToList();

        return new IdenticalTextsReport(import.Added, importSeconds, linkSeconds, heap, peak, links.Count, quality);
    }

    /// <summary>
    /// The similarities of question pairs that share a band but no labelled group: how close the threshold stands to
    /// texts that are not copies (the margin that keeps precision).
    /// </summary>
    private async Task WriteUnlabelledCandidatesAsync(BenchStore store, List<(string Kind, (int, int) Copy, (int, int) Source, bool Changed)> labels, Dictionary<(int, int), int> idOf, Dictionary<int, uint[]> signatures, CancellationToken ct)
    {
        var groupOf = new Dictionary<int, int>();
        foreach (var l in labels.Where(l => idOf.ContainsKey(l.Copy) && idOf.ContainsKey(l.Source)))
        {
            groupOf[idOf[l.Copy]] = idOf[l.Source];
            groupOf.TryAdd(idOf[l.Source], idOf[l.Source]);
        }

        var thresholds = new[] { 0.2, 0.3, 0.4, 0.5, 0.6, 0.7 };
        var counts = new int[thresholds.Length];
        var pairs = 0;
        await using var connection = store.OpenReadOnlyConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT DISTINCT a."QuestionId", b."QuestionId" FROM "TextBands" AS a
            JOIN "TextBands" AS b ON b."Kind" = a."Kind" AND b."BandKey" = a."BandKey" AND b."QuestionId" > a."QuestionId"
            WHERE a."Kind" = 0
            """;
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var (a, b) = (reader.GetInt32(0), reader.GetInt32(1));
            if (groupOf.TryGetValue(a, out var ga) && groupOf.TryGetValue(b, out var gb) && ga == gb)
            {
                continue;
            }

            pairs++;
            var similarity = QuestionsEcrites.Domain.Duplicates.MinHash.Similarity(signatures[a], signatures[b]);
            for (var t = 0; t < thresholds.Length; t++)
            {
                counts[t] += similarity >= thresholds[t] ? 1 : 0;
            }
        }

        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"paires candidates hors copies : {pairs:N0} ; dont similarité ≥ {string.Join(", ", thresholds.Select((t, i) => $"{t:0.0} : {counts[i]:N0}"))}"));
    }

    public static async Task WriteAsync(IdenticalTextsReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var culture = CultureInfo.InvariantCulture;
        await output.WriteLineAsync(string.Create(culture, $"{report.Questions:N0} questions importées en {report.ImportSeconds:0.0} s ; liens calculés en {report.LinkSeconds:0.0} s ({report.Questions / Math.Max(report.LinkSeconds, 1e-3):N0} questions/s), tas géré {report.HeapBytes / 1e6:N0} Mo, pic du processus (import compris) {report.PeakWorkingSetBytes / 1e6:N0} Mo ; {report.Links:N0} liens"));
        await output.WriteLineAsync();
        await output.WriteLineAsync("| textes | copies étiquetées | trouvées | rappel | rappel (phrase changée) | liens | corrects | précision |");
        await output.WriteLineAsync("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var q in report.Quality)
        {
            await output.WriteLineAsync(string.Create(culture, $"| {q.Kind} | {q.Labelled:N0} | {q.Found:N0} | {q.Recall:0.000} | {q.RecallChanged:0.000} ({q.FoundChanged}/{q.LabelledChanged}) | {q.Predicted:N0} | {q.Correct:N0} | {q.Precision:0.000} |"));
        }
    }
}
