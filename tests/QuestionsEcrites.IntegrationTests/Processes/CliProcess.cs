using System.Diagnostics;
using Microsoft.Data.Sqlite;
using QuestionsEcrites.Web.Cli;

namespace QuestionsEcrites.IntegrationTests.Processes;

/// <summary>The site's command line run as users run it: a process of its own on a store (database and index).</summary>
public static class CliProcess
{
    /// <summary>What a run printed, how it ended, and its peak resident memory (Linux; 0 elsewhere).</summary>
    public sealed record Run(int ExitCode, string Output, string Errors, long PeakResidentBytes);

    /// <summary>Runs a verb; with <paramref name="kill"/>, kills it then (SIGKILL, if it still runs).</summary>
    public static async Task<Run> RunAsync(string database, string index, TimeSpan? kill, params string[] verb)
    {
        ArgumentNullException.ThrowIfNull(verb);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "QuestionsEcrites.Web.dll"));
        foreach (var arg in verb)
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add($"--ConnectionStrings:Questions=Data Source={database}");
        start.ArgumentList.Add($"--Search:IndexPath={index}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        var peak = 0L;
        var deadline = kill is { } after ? Stopwatch.StartNew() : null;
        while (!process.WaitForExit(50))
        {
            peak = Math.Max(peak, PeakResident(process.Id));
            if (deadline is not null && deadline.Elapsed >= kill!.Value)
            {
                process.Kill(entireProcessTree: true); // no shutdown code runs
                break;
            }
        }

        await process.WaitForExitAsync();
        return new Run(process.ExitCode, await output, await errors, peak);
    }

    /// <summary>The store's export as the CLI writes it (DESIGN §5), run in this process.</summary>
    public static async Task<string> ExportAsync(string database, string index)
    {
        var file = database + ".export.json";
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await CliApplication.RunAsync(
            ["export", "--out", file, $"--ConnectionStrings:Questions=Data Source={database}", $"--Search:IndexPath={index}"],
            new CliConsole(stdout, stderr, () => Stream.Null, ShowProgress: false),
            CancellationToken.None);
        exit.Should().Be(CliApplication.Success, stderr.ToString());
        SqliteConnection.ClearAllPools();
        return await File.ReadAllTextAsync(file);
    }

    /// <summary>VmHWM (the kernel's high-water mark of resident memory) of a live process, in bytes.</summary>
    private static long PeakResident(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0; // it ended between two looks
        }
        catch (UnauthorizedAccessException)
        {
            return 0;
        }
    }
}
