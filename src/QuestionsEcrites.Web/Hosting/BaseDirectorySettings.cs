using Microsoft.Extensions.Configuration.Json;

namespace QuestionsEcrites.Web.Hosting;

public static class BaseDirectorySettings
{
    /// <summary>
    /// The content root is the folder the app is run from (so that App_Data and CLI paths are the user's), which
    /// is not where appsettings.json lies: read the one shipped beside the binaries first, with the lowest
    /// precedence, so that a content-root file, environment variables and the command line still override it.
    /// </summary>
    public static void AddShippedAppSettings(this IConfigurationManager configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var path = Path.Combine(AppContext.BaseDirectory, "appsettings.json");
        if (!File.Exists(path))
        {
            return;
        }

        var source = new JsonConfigurationSource { Path = path, Optional = true, ReloadOnChange = false };
        source.ResolveFileProvider();
        configuration.Sources.Insert(0, source);
    }
}
