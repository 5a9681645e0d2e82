using System.Globalization;

namespace QuestionsEcrites.Benchmarks.Benchmarking;

/// <summary>Prints rows as a Markdown table, columns padded, so that the output pastes into the README as is.</summary>
internal static class TablePrinter
{
    public static CultureInfo Culture { get; } = CultureInfo.InvariantCulture;

    public static void Print(TextWriter writer, string title, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(headers);
        var all = rows.ToList();
        var widths = headers.Select((h, i) => Math.Max(h.Length, all.Count == 0 ? 0 : all.Max(r => r[i].Length))).ToArray();
        writer.WriteLine();
        writer.WriteLine(title);
        writer.WriteLine();
        writer.WriteLine("| " + string.Join(" | ", headers.Select((h, i) => h.PadRight(widths[i]))) + " |");
        writer.WriteLine("|" + string.Join("|", widths.Select((w, i) => i == 0 ? new string('-', w + 2) : new string('-', w + 1) + ":")) + "|");
        foreach (var row in all)
        {
            writer.WriteLine("| " + string.Join(" | ", row.Select((c, i) => i == 0 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))) + " |");
        }

        writer.Flush();
    }

    public static string Ms(double value) => value.ToString(value < 10 ? "0.000" : value < 100 ? "0.00" : "0.0", Culture);

    public static string N(double value) => value.ToString("#,0", Culture);

    public static string N1(double value) => value.ToString("#,0.0", Culture);

    public static string Mb(long bytes) => (bytes / 1e6).ToString("#,0.0", Culture);
}
