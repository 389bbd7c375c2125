using System.CommandLine;
using TeamsBot.Manifest;

namespace TeamsBot.Cli;

/// <summary><c>manifest pack</c>: the Teams app package (manifest, Dutch strings, icons) for an admin to upload.</summary>
internal static class ManifestCommand
{
    public static Command Create()
    {
        var appId = new Option<string?>("--app-id") { Description = "The Teams app id: a GUID of your own, kept the same for every version of the app." };
        var botId = new Option<string?>("--bot-id") { Description = "The bot's Entra app id (or the managed identity's client id): the msaAppId of the Azure Bot." };
        var output = new Option<FileInfo?>("--out") { Description = "Where to write the zip, e.g. minutes-bot.zip." };
        var version = new Option<string?>("--version") { Description = $"The app version, MAJOR.MINOR.PATCH (default {PackageSettings.DefaultVersion}); raise it for every upload." };
        var host = new Option<string?>("--host") { Description = "The bot's host name, e.g. minutes-bot.azurewebsites.net (default localhost, for a test tenant)." };
        var developer = new Option<string?>("--developer") { Description = $"The publisher name shown in Teams (default \"{PackageSettings.DefaultDeveloper}\")." };

        var pack = new Command("pack", "Fill in the ids and version, validate against the official manifest schema, and write the app package zip.")
        {
            appId, botId, output, version, host, developer,
        };
        pack.SetAction(parse =>
        {
            var (settings, problems) = PackageSettings.Parse(parse.GetValue(appId), parse.GetValue(botId), parse.GetValue(version), parse.GetValue(host), parse.GetValue(developer));
            var target = parse.GetValue(output);
            if (target is null)
            {
                problems = [.. problems, "--out is required: the path of the zip to write."];
            }

            if (settings is null || target is null)
            {
                WriteLines(problems);
                return ExitCodes.BadInput;
            }

            var package = AppPackage.From(AppPackageTemplate.Embedded, settings);
            var packageProblems = AppPackageChecks.Check(package);
            if (packageProblems.Count > 0)
            {
                WriteLines(["The app package does not pass validation:", .. packageProblems]);
                return 1;
            }

            target.Directory?.Create();
            File.WriteAllBytes(target.FullName, package.ToZip());
            Console.Out.WriteLine($"{target.FullName}: Teams app {settings.AppId} version {settings.Version}, manifest v{ManifestSchema.Version}, bot {settings.BotId} ({string.Join(", ", package.Files.Select(f => f.Name))}).");
            return 0;
        });

        return new Command("manifest", "The Teams app package.") { pack };
    }

    private static void WriteLines(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            Console.Error.WriteLine(line);
        }
    }
}
