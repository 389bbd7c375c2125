return await TeamsBot.Cli.CommandLine.RunAsync(args);
