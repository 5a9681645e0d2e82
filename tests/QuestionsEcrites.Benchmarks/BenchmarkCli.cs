using System.Globalization;
using System.Text.Json;
using QuestionsEcrites.Benchmarks.Benchmarking;
using QuestionsEcrites.Benchmarks.Generation;
using QuestionsEcrites.Search.Indexing;

namespace QuestionsEcrites.Benchmarks;

/// <summary>
/// The verbs: <c>generate</c> (a realistic corpus), <c>bench</c> (import, index, search, browse, facets, sizes),
/// <c>queries</c> (the pinned query sets, for the HTTP benchmark), <c>engine</c> (the engine's throughput on an
/// existing index), <c>proches</c> (« Questions proches » on an existing index, shipped and variant settings),
/// <c>relevance</c>, <c>identiques</c> and <c>fuzz</c>.
/// </summary>
public static class BenchmarkCli
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int UsageError = 2;

    public const string Usage = """
        Usage :
          generate --count N --out DOSSIER [--seed S] [--format text|json] [--zip] [--verify] [--copies PART]
              écrit N questions écrites au format texte des seeds, ou avec --format json un fichier de l'open data
              par question (député connu par son identifiant), déterministe pour une graine (42 par défaut) ;
              --zip écrit une seule archive DOSSIER.zip ; --verify relit chaque document avec le parseur du produit
              (code de sortie 1 si un champ lu diffère de ce qui a été écrit) ; --copies 0.04 fait de 4 % des questions
              des copies étiquetées d'une question antérieure (autre député, autre formule d'adresse, une phrase
              changée pour un tiers, la réponse reprise pour la moitié des copies répondues), listées dans .duplicates.tsv.
          bench [--sizes 10000,100000] [--work DOSSIER] [--json FICHIER] [--seed S] [--search-seconds S] [--queries-only | --import-only]
              pour chaque taille : génère (ou réutilise) un corpus, l'importe dans une base SQLite neuve avec l'index,
              reconstruit l'index, mesure recherches, navigation et facettes ; tableau sur la sortie, résultats en JSON ;
              code de sortie 1 si un document est rejeté ou manque à l'index, ou si les facettes de l'index et de SQL diffèrent.
              --search-seconds : durée de chaque mesure de recherche (1 s, ou 0,25 s sous 10 000 questions).
              --queries-only : mesure seulement les requêtes (recherche, débit, navigation, facettes, FTS5) sur le
              magasin laissé par un bench précédent de la même taille dans --work, sans rien importer.
              --import-only : mesure seulement l'import (planchers, SQLite seul, SQLite + index, et leur rapport),
              sans reconstruction ni requêtes.
          queries [--seed S] [--set rare|mid|frequent|phrase|and-pair]
              écrit les requêtes figées des jeux de la graine (42 par défaut), une par ligne, telles que saisies ;
              toutes (100) ou celles d'un jeu. Le script http-bench.sh les donne à wrk.
          engine --index DOSSIER [--seconds S] [--threads 1,2] [--seed S] [--json FICHIER]
              débit du moteur seul (QuestionSearcher, requête par défaut du site, facettes) sur un index existant,
              les 100 requêtes figées en boucle, S secondes (5 par défaut) par nombre de threads ; l'index ne doit
              pas être ouvert par ailleurs (le site tient son verrou d'écriture) ; rien n'y est écrit.
          proches --index DOSSIER --db FICHIER [--questions N] [--seed S]
              « Questions proches » sur un index existant (le site arrêté) : N questions tirées de la base (200),
              chacune demandée avec les réglages livrés et quelques variantes, entrelacées ; temps par question
              (p50, p95, p99), part de la liste livrée retrouvée (overlap@10) et part des proches de la même rubrique.
          relevance [--distractors N] [--work DOSSIER] [--seed S] [--judgments FICHIER] [--json FICHIER]
                    [--min-success3 X] [--every-query] [--tune] [--compare]
              pertinence de la recherche : importe les questions jugées (Relevance/documents, les seeds, l'exemple
              16/200) parmi N distracteurs générés (100 000 par défaut, jamais sur une clé jugée), passe chaque
              requête jugée par la recherche du produit, affiche succès@1, succès@3, MRR et nDCG@10 (en tout et par
              type) et les requêtes manquées ; le magasin est réutilisé tant que documents, N et graine sont les mêmes ;
              code de sortie 1 si succès@3 < --min-success3 ; --tune cherche les paramètres du classement (BM25,
              poids des champs, proximité) qui maximisent nDCG@10 et les affiche ; --compare mesure aussi les
              classements d'avant (TF-IDF sans proximité, BM25 sans proximité) sur le même magasin.
          identiques [--count N] [--copies PART] [--work DOSSIER] [--seed S]
              questions identiques : génère N questions (100 000) dont une part de copies étiquetées (0.04), les importe
              dans un magasin neuf, calcule les liens (temps, mémoire) et donne précision et rappel contre les étiquettes.
          fuzz [--inputs N] [--seed S] [--cible texte|html|json|xml|deputes|requete] [--limite-ms MS] [--constats DOSSIER]
              fuzzing des analyseurs : N entrées mutées (1 000 000) par analyseur à partir des documents réels ;
              plantages, lenteurs (au-delà de MS, 2 000), entrée la plus lente et pic mémoire ; les entrées fautives
              vont dans DOSSIER (fuzz-constats). Code 1 s'il y a un plantage ou une lenteur.
        """;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal) { "--zip", "--verify", "--help", "--queries-only", "--import-only", "--every-query", "--tune", "--compare" };

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var command = CommandLine.Parse(args, Flags, out var error);
        if (command is null)
        {
            await stderr.WriteLineAsync($"erreur : {error}\n{Usage}");
            return UsageError;
        }

        if (command.Verb == "help" || command.Has("--help"))
        {
            await stdout.WriteLineAsync(Usage);
            return Success;
        }

        try
        {
            return command.Verb switch
            {
                "generate" => await GenerateAsync(command, stdout, stderr, ct),
                "bench" => await BenchAsync(command, stdout, stderr, ct),
                "queries" => await QueriesAsync(command, stdout, stderr),
                "engine" => await EngineAsync(command, stdout, stderr, ct),
                "proches" => await SimilarAsync(command, stdout, stderr, ct),
                "relevance" => await RelevanceAsync(command, stdout, stderr, ct),
                "identiques" => await IdenticalAsync(command, stdout, stderr, ct),
                "fuzz" => await Fuzzing.FuzzCommand.RunAsync(command, stdout, stderr, ct),
                _ => await UsageAsync(stderr, $"verbe inconnu « {command.Verb} »"),
            };
        }
        catch (OperationCanceledException)
        {
            await stderr.WriteLineAsync("interrompu.");
            return Failure;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            await stderr.WriteLineAsync($"erreur : {ex.Message}");
            return Failure;
        }
    }

    private static async Task<int> GenerateAsync(CommandLine command, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        if (Unknown(command, "--count", "--out", "--seed", "--format", "--zip", "--verify", "--copies") is { } unknown)
        {
            return await UsageAsync(stderr, $"option inconnue {unknown} pour generate");
        }

        if (!TryLong(command.Get("--count"), out var count) || count <= 0)
        {
            return await UsageAsync(stderr, "--count N (entier > 0) est obligatoire");
        }

        var output = command.Get("--out");
        if (string.IsNullOrWhiteSpace(output))
        {
            return await UsageAsync(stderr, "--out DOSSIER est obligatoire");
        }

        long seed = 42;
        if (command.Has("--seed") && !TryLong(command.Get("--seed"), out seed))
        {
            return await UsageAsync(stderr, "--seed attend un entier");
        }

        var format = command.Get("--format") ?? "text";
        if (format is not ("text" or "json"))
        {
            return await UsageAsync(stderr, $"format inconnu « {format} » (text ou json)");
        }

        if (format == "json" && command.Has("--verify"))
        {
            return await UsageAsync(stderr, "--verify relit le format texte des seeds ; il ne s'applique pas à --format json");
        }

        var copies = 0.0;
        if (command.Has("--copies") && (!double.TryParse(command.Get("--copies"), NumberStyles.Float, CultureInfo.InvariantCulture, out copies) || copies is < 0 or > 0.5))
        {
            return await UsageAsync(stderr, "--copies attend une part de 0 à 0,5 (0.04 pour 4 %)");
        }

        var options = new GenerateOptions { Count = count, Output = output, Seed = seed, Json = format == "json", Zip = command.Has("--zip"), Verify = command.Has("--verify"), CopyShare = copies };
        var generator = new CorpusGenerator(stderr);
        var manifest = await generator.GenerateAsync(options, ct);
        var where = options.Zip ? CorpusGenerator.ArchivePath(output) : output;
        await stdout.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"{manifest.Count:N0} questions écrites dans {where} en {manifest.Seconds:0.0} s ({manifest.Count / Math.Max(manifest.Seconds, 0.001):N0}/s, {manifest.Bytes / 1e6:N1} Mo) ; répondues {manifest.Answered / (double)manifest.Count:P1}, clôturées {manifest.Closed / (double)manifest.Count:P1}, en attente {manifest.Pending / (double)manifest.Count:P1} ; question {manifest.MeanQuestionChars:N0} caractères en moyenne, réponse {manifest.MeanAnswerChars:N0}"));
        return generator.VerificationFailures == 0 ? Success : Failure;
    }

    private static async Task<int> BenchAsync(CommandLine command, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        if (Unknown(command, "--sizes", "--work", "--json", "--seed", "--search-seconds", "--queries-only", "--import-only") is { } unknown)
        {
            return await UsageAsync(stderr, $"option inconnue {unknown} pour bench");
        }

        var sizes = new List<long>();
        foreach (var part in (command.Get("--sizes") ?? "10000,100000").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!TryLong(part.Replace("_", string.Empty, StringComparison.Ordinal), out var size) || size <= 0)
            {
                return await UsageAsync(stderr, $"--sizes : « {part} » n'est pas un entier > 0");
            }

            sizes.Add(size);
        }

        long seed = 42;
        if (command.Has("--seed") && !TryLong(command.Get("--seed"), out seed))
        {
            return await UsageAsync(stderr, "--seed attend un entier");
        }

        double? searchSeconds = null;
        if (command.Has("--search-seconds"))
        {
            if (!double.TryParse(command.Get("--search-seconds"), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) || seconds <= 0)
            {
                return await UsageAsync(stderr, "--search-seconds attend un nombre > 0");
            }

            searchSeconds = seconds;
        }

        if (command.Has("--queries-only") && command.Has("--import-only"))
        {
            return await UsageAsync(stderr, "--queries-only et --import-only s'excluent : choisir l'un ou l'autre");
        }

        var work = Path.GetFullPath(command.Get("--work") ?? Path.Combine(Path.GetTempPath(), "questionsecrites-bench"));
        var options = new BenchOptions
        {
            Sizes = sizes,
            WorkDirectory = work,
            JsonPath = Path.GetFullPath(command.Get("--json") ?? Path.Combine(work, "bench-results.json")),
            Seed = seed,
            SearchSeconds = searchSeconds,
            QueriesOnly = command.Has("--queries-only"),
            ImportOnly = command.Has("--import-only"),
        };
        var problems = await new BenchmarkRunner(options, stdout, stderr).RunAsync(ct);
        foreach (var problem in problems)
        {
            await stderr.WriteLineAsync($"problème : {problem}");
        }

        return problems.Count == 0 ? Success : Failure;
    }

    private static async Task<int> QueriesAsync(CommandLine command, TextWriter stdout, TextWriter stderr)
    {
        if (Unknown(command, "--seed", "--set") is { } unknown)
        {
            return await UsageAsync(stderr, $"option inconnue {unknown} pour queries");
        }

        long seed = 42;
        if (command.Has("--seed") && !TryLong(command.Get("--seed"), out seed))
        {
            return await UsageAsync(stderr, "--seed attend un entier");
        }

        var sets = QuerySets.Build(seed);
        var name = command.Get("--set");
        if (name is not null && sets.All(s => s.Name != name))
        {
            return await UsageAsync(stderr, $"jeu inconnu « {name} » ({string.Join(", ", sets.Select(s => s.Name))})");
        }

        foreach (var query in sets.Where(s => name is null || s.Name == name).SelectMany(s => s.Queries))
        {
            await stdout.WriteLineAsync(query);
        }

        return Success;
    }

    private static async Task<int> SimilarAsync(CommandLine command, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        if (Unknown(command, "--index", "--db", "--questions", "--seed") is { } unknown)
        {
            return await UsageAsync(stderr, $"option inconnue {unknown} pour proches");
        }

        var index = command.Get("--index");
        var database = command.Get("--db");
        if (string.IsNullOrWhiteSpace(index) || string.IsNullOrWhiteSpace(database))
        {
            return await UsageAsync(stderr, "--index DOSSIER et --db FICHIER sont obligatoires");
        }

        long questions = 200;
        if (command.Has("--questions") && (!TryLong(command.Get("--questions"), out questions) || questions is < 1 or > 100_000))
        {
            return await UsageAsync(stderr, "--questions attend un entier de 1 à 100 000");
        }

        long seed = 42;
        if (command.Has("--seed") && !TryLong(command.Get("--seed"), out seed))
        {
            return await UsageAsync(stderr, "--seed attend un entier");
        }

        var options = new SimilarOptions { IndexPath = index, DatabasePath = database, Questions = (int)questions, Seed = seed };
        return await Task.Run(() => new SimilarBenchmark(options, stdout).Run(ct), ct);
    }

    private static async Task<int> EngineAsync(CommandLine command, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        if (Unknown(command, "--index", "--seconds", "--threads", "--seed", "--json") is { } unknown)
        {
            return await UsageAsync(stderr, $"option inconnue {unknown} pour engine");
        }

        var index = command.Get("--index");
        if (string.IsNullOrWhiteSpace(index))
        {
            return await UsageAsync(stderr, "--index DOSSIER est obligatoire");
        }

        var seconds = 5.0;
        if (command.Has("--seconds") && (!double.TryParse(command.Get("--seconds"), NumberStyles.Float, CultureInfo.InvariantCulture, out seconds) || seconds <= 0))
        {
            return await UsageAsync(stderr, "--seconds attend un nombre > 0");
        }

        var threads = new List<int>();
        foreach (var part in (command.Get("--threads") ?? "1,2").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count is < 1 or > 256)
            {
                return await UsageAsync(stderr, $"--threads : « {part} » n'est pas un entier de 1 à 256");
            }

            threads.Add(count);
        }

        if (threads.Count == 0)
        {
            return await UsageAsync(stderr, "--threads attend au moins un nombre de threads");
        }

        long seed = 42;
        if (command.Has("--seed") && !TryLong(command.Get("--seed"), out seed))
        {
            return await UsageAsync(stderr, "--seed attend un entier");
        }

        var options = new EngineOptions
        {
            IndexPath = index,
            Seconds = seconds,
            Threads = threads,
            Seed = seed,
            JsonPath = command.Get("--json") is { } json ? Path.GetFullPath(json) : null,
        };
        try
        {
            var report = new EngineThroughput(options, stdout).Run(ct);
            if (options.JsonPath is not null)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(options.JsonPath)!);
                await File.WriteAllTextAsync(options.JsonPath, JsonSerializer.Serialize(report, Json), ct);
                await stdout.WriteLineAsync($"\nrésultats JSON : {options.JsonPath}");
            }
        }
        catch (IndexUnavailableException ex)
        {
            await stderr.WriteLineAsync($"erreur : {ex.Message}");
            return Failure;
        }

        return Success;
    }

    private static async Task<int> RelevanceAsync(CommandLine command, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        if (Unknown(command, "--distractors", "--work", "--seed", "--judgments", "--json", "--min-success3", "--every-query", "--tune", "--compare") is { } unknown)
        {
            return await UsageAsync(stderr, $"option inconnue {unknown} pour relevance");
        }

        long distractors = 100_000;
        if (command.Has("--distractors") && (!TryLong(command.Get("--distractors")?.Replace("_", string.Empty, StringComparison.Ordinal), out distractors) || distractors <= 0))
        {
            return await UsageAsync(stderr, "--distractors attend un entier > 0");
        }

        long seed = 42;
        if (command.Has("--seed") && !TryLong(command.Get("--seed"), out seed))
        {
            return await UsageAsync(stderr, "--seed attend un entier");
        }

        double? floor = null;
        if (command.Has("--min-success3"))
        {
            if (!double.TryParse(command.Get("--min-success3"), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value is < 0 or > 1)
            {
                return await UsageAsync(stderr, "--min-success3 attend un nombre de 0 à 1");
            }

            floor = value;
        }

        var judged = Path.Combine(AppContext.BaseDirectory, "Relevance");
        var options = new Relevance.RelevanceOptions
        {
            Distractors = distractors,
            Seed = seed,
            WorkDirectory = Path.GetFullPath(command.Get("--work") ?? Path.Combine(Path.GetTempPath(), "questionsecrites-bench")),
            JudgmentsPath = Path.GetFullPath(command.Get("--judgments") ?? Path.Combine(judged, "judgments.txt")),
            Documents = [.. new[] { "documents", "seeds", "samples" }.Select(d => Path.Combine(judged, d)).Where(Directory.Exists)],
            Tune = command.Has("--tune"),
            Compare = command.Has("--compare"),
        };
        Relevance.RelevanceReport report;
        try
        {
            report = await new Relevance.RelevanceHarness(options, stderr).RunAsync(ct);
        }
        catch (FormatException ex)
        {
            await stderr.WriteLineAsync($"erreur : {ex.Message}");
            return Failure;
        }

        await Relevance.RelevanceReportWriter.WriteAsync(report, stdout, command.Has("--every-query"));
        if (command.Get("--json") is { } json)
        {
            var path = Path.GetFullPath(json);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, JsonSerializer.Serialize(report, Json), ct);
        }

        if (floor is { } min && report.Overall.SuccessAt3 < min)
        {
            await stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"problème : succès@3 = {report.Overall.SuccessAt3:0.000} < {min:0.000}"));
            return Failure;
        }

        return Success;
    }

    private static async Task<int> IdenticalAsync(CommandLine command, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        if (Unknown(command, "--count", "--copies", "--work", "--seed") is { } unknown)
        {
            return await UsageAsync(stderr, $"option inconnue {unknown} pour identiques");
        }

        long count = 100_000;
        if (command.Has("--count") && (!TryLong(command.Get("--count")?.Replace("_", string.Empty, StringComparison.Ordinal), out count) || count <= 0))
        {
            return await UsageAsync(stderr, "--count attend un entier > 0");
        }

        var copies = 0.04;
        if (command.Has("--copies") && (!double.TryParse(command.Get("--copies"), NumberStyles.Float, CultureInfo.InvariantCulture, out copies) || copies is <= 0 or > 0.5))
        {
            return await UsageAsync(stderr, "--copies attend une part de 0 à 0,5 (0.04 pour 4 %)");
        }

        long seed = 42;
        if (command.Has("--seed") && !TryLong(command.Get("--seed"), out seed))
        {
            return await UsageAsync(stderr, "--seed attend un entier");
        }

        var options = new Duplicates.IdenticalTextsOptions
        {
            Count = count,
            CopyShare = copies,
            Seed = seed,
            WorkDirectory = Path.GetFullPath(command.Get("--work") ?? Path.Combine(Path.GetTempPath(), "questionsecrites-bench")),
        };
        var report = await new Duplicates.IdenticalTextsBenchmark(options, stderr).RunAsync(ct);
        await Duplicates.IdenticalTextsBenchmark.WriteAsync(report, stdout);
        return Success;
    }

    private static string? Unknown(CommandLine command, params string[] known) => command.Names.FirstOrDefault(n => !known.Contains(n));

    private static bool TryLong(string? value, out long result) => long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out result);

    private static async Task<int> UsageAsync(TextWriter stderr, string message)
    {
        await stderr.WriteLineAsync($"erreur : {message}\n{Usage}");
        return UsageError;
    }
}
