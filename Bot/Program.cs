return await TeamsBot.Cli.RunAsync(args);
