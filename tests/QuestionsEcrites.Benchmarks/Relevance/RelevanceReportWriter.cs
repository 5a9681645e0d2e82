using System.Globalization;

namespace QuestionsEcrites.Benchmarks.Relevance;

/// <summary>Prints a <see cref="RelevanceReport"/> as Markdown: the figures overall and per kind, then the misses.</summary>
public static class RelevanceReportWriter
{
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    public static async Task WriteAsync(RelevanceReport report, TextWriter output, bool everyQuery)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        await output.WriteLineAsync(string.Create(Culture, $"{report.Overall.Queries} requêtes jugées ; {report.JudgedDocuments} questions jugées parmi {report.Distractors:N0} distracteurs ; {report.SearchMilliseconds:0.0} ms par recherche"));
        if (report.Tuned is { } tuned)
        {
            await output.WriteLineAsync($"classement réglé : {tuned}");
        }

        await output.WriteLineAsync();
        await output.WriteLineAsync("| requêtes | n | succès@1 | succès@3 | MRR | nDCG@10 |");
        await output.WriteLineAsync("|---|---:|---:|---:|---:|---:|");
        await output.WriteLineAsync(Row("**toutes** (hors génériques)", report.Overall));
        foreach (var (kind, summary) in report.ByKind)
        {
            await output.WriteLineAsync(Row(kind, summary));
        }

        if (report.Compared is { Count: > 0 } compared)
        {
            await output.WriteLineAsync();
            await output.WriteLineAsync("| classement | succès@1 | succès@3 | MRR | nDCG@10 |");
            await output.WriteLineAsync("|---|---:|---:|---:|---:|");
            foreach (var (name, s) in compared)
            {
                await output.WriteLineAsync(string.Create(Culture, $"| {name} | {s.SuccessAt1:0.000} | {s.SuccessAt3:0.000} | {s.Mrr:0.000} | {s.Ndcg10:0.000} |"));
            }
        }

        var shown = report.Outcomes.Where(o => everyQuery || (!o.SuccessAt(3) && o.Judged.Kind != JudgmentFile.Generic)).ToList();
        await output.WriteLineAsync();
        await output.WriteLineAsync(everyQuery ? "Chaque requête :" : $"Requêtes dont la question voulue n'est pas dans les 3 premières ({shown.Count}) :");
        if (shown.Count == 0)
        {
            return;
        }

        await output.WriteLineAsync();
        await output.WriteLineAsync("| ligne | type | requête | rang voulu | nDCG@10 | résultats | 3 premiers |");
        await output.WriteLineAsync("|---:|---|---|---:|---:|---:|---|");
        foreach (var o in shown)
        {
            var rank = o.WantedRank is { } r ? r.ToString(Culture) : $"> {RelevanceMetrics.Depth}";
            var top = string.Join(", ", o.Top.Take(3).Select(k => string.Create(Culture, $"{k.Legislature}/{k.Number}")));
            await output.WriteLineAsync(string.Create(Culture, $"| {o.Judged.Line} | {o.Judged.Kind} | {o.Judged.Query.Replace("|", "\\|", StringComparison.Ordinal)} | {rank} | {o.Ndcg10:0.00} | {o.TotalHits:N0} | {top} |"));
        }
    }

    private static string Row(string label, RelevanceSummary s) =>
        string.Create(Culture, $"| {label} | {s.Queries} | {s.SuccessAt1:0.000} | {s.SuccessAt3:0.000} | {s.Mrr:0.000} | {s.Ndcg10:0.000} |");
}
