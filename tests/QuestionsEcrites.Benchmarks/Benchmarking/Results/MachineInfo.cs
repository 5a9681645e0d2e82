using System.Runtime;
using System.Runtime.InteropServices;

namespace QuestionsEcrites.Benchmarks.Benchmarking.Results;

/// <summary>Where the figures were measured.</summary>
public sealed record MachineInfo(int ProcessorCount, string Cpu, long MemoryBytes, string Os, string Runtime, bool ServerGc, string Commit)
{
    public static MachineInfo Current(string commit)
    {
        var cpu = "inconnu";
        try
        {
            cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? cpu;
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return new MachineInfo(
            Environment.ProcessorCount,
            cpu,
            GC.GetGCMemoryInfo().TotalAvailableMemoryBytes,
            RuntimeInformation.OSDescription,
            RuntimeInformation.FrameworkDescription,
            GCSettings.IsServerGC,
            commit);
    }
}
