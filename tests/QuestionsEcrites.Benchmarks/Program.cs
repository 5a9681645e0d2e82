using QuestionsEcrites.Benchmarks;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

return await BenchmarkCli.RunAsync(args, Console.Out, Console.Error, cancellation.Token);
