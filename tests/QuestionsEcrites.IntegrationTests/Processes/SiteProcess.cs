using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using QuestionsEcrites.Testing;

namespace QuestionsEcrites.IntegrationTests.Processes;

/// <summary>
/// The real site in a process of its own (the web project's build output, run with <c>dotnet</c>), on a database
/// file and index folder that the test also opens: what a user gets when they serve a store and run a verb on it
/// from another shell. Bound to 127.0.0.1 on a free port; killed on dispose.
/// </summary>
public sealed class SiteProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private SiteProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    /// <summary>What the site printed so far (its logs), for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <param name="settings">More configuration, as command-line arguments (<c>--RateLimiting:RequestsPerMinute=…</c>).</param>
    public static async Task<SiteProcess> StartAsync(string database, string indexPath, int syncIntervalSeconds, string? seeds = null, params string[] settings)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var process = Process.Start(StartInfo(address, database, indexPath, syncIntervalSeconds, seeds, settings))
            ?? throw new InvalidOperationException("dotnet did not start");
        var site = new SiteProcess(process, address);
        process.OutputDataReceived += (_, e) => site.Append(e.Data);
        process.ErrorDataReceived += (_, e) => site.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await site.WaitUntilListeningAsync(TimeSpan.FromSeconds(60));
        return site;
    }

    /// <summary>Runs a site expected not to start: its exit code and what it wrote to stderr.</summary>
    public static async Task<(int ExitCode, string Error)> RunUntilExitAsync(string database, string indexPath, TimeSpan timeout, params string[] settings)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        using var process = Process.Start(StartInfo(address, database, indexPath, syncIntervalSeconds: 5, seeds: null, settings))
            ?? throw new InvalidOperationException("dotnet did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"the site was still running after {timeout}:\n{await stdout}");
        }

        await stdout;
        return (process.ExitCode, await stderr);
    }

    private static ProcessStartInfo StartInfo(Uri address, string database, string indexPath, int syncIntervalSeconds, string? seeds, string[] settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(database)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] arguments =
        [
            Path.Combine(AppContext.BaseDirectory, "QuestionsEcrites.Web.dll"),
            "--urls", address.ToString(),
            $"--ConnectionStrings:Questions=Data Source={database}",
            $"--Search:IndexPath={indexPath}",
            $"--Search:SyncIntervalSeconds={syncIntervalSeconds}",
            $"--Import:SeedsPath={seeds ?? RepoPaths.Seeds}",
            .. settings,
        ];
        foreach (var arg in arguments)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Information";
        return start;
    }

    /// <summary>Polls <paramref name="condition"/> until it holds or <paramref name="timeout"/> passes; returns the time it took.</summary>
    public static async Task<TimeSpan?> WaitForAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < timeout)
        {
            if (await condition())
            {
                return stopwatch.Elapsed;
            }

            await Task.Delay(100);
        }

        return null;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private async Task WaitUntilListeningAsync(TimeSpan timeout)
    {
        var ready = await WaitForAsync(
            async () =>
            {
                if (_process.HasExited)
                {
                    throw new InvalidOperationException($"the site exited with {_process.ExitCode}:\n{Output}");
                }

                try
                {
                    using var response = await Client.GetAsync(new Uri("/api/sante", UriKind.Relative));
                    return response.IsSuccessStatusCode;
                }
                catch (HttpRequestException)
                {
                    return false;
                }
            },
            timeout);
        if (ready is null)
        {
            throw new TimeoutException($"the site did not answer within {timeout}:\n{Output}");
        }
    }
}
