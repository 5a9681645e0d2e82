namespace QuestionsEcrites.Web.Cli;

/// <summary>Where the verbs write: text for people, a raw stream for exported data, and whether to show progress.</summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error, Func<Stream> OpenStandardOutput, bool ShowProgress)
{
    public static CliConsole System => new(Console.Out, Console.Error, Console.OpenStandardOutput, !Console.IsErrorRedirected);
}
