using System.CommandLine;

namespace TeamsBot.Cli;

/// <summary>The command line: the web host by default, and verbs that run the bot's work without Teams.</summary>
internal static class CommandLine
{
    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("Minutes follow-up bot for Microsoft Teams: reads meeting minutes, extracts decisions and action items, and follows up on them.");

        var serve = new Command("serve", "Run the bot's web host (the default): POST /api/messages, GET /healthz.");
        serve.TreatUnmatchedTokensAsErrors = false;
        serve.SetAction((parse, token) => WebHost.RunAsync([.. parse.UnmatchedTokens], token));
        root.Subcommands.Add(serve);

        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(RemindersCommand.Create());
        root.Subcommands.Add(ManifestCommand.Create());
        root.Subcommands.Add(ForgetCommand.Create());
        root.Subcommands.Add(TrainCommand.Create());
        root.Subcommands.Add(ReconcileCommand.Create());

        if (args.Length == 0 || args[0].StartsWith("--urls", StringComparison.Ordinal) || args[0].StartsWith("--environment", StringComparison.Ordinal))
        {
            args = ["serve", .. args];
        }

        return await root.Parse(args).InvokeAsync();
    }
}
