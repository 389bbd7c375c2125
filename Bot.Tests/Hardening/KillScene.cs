using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace TeamsBot.Tests.Hardening;

/// <summary>
/// What a kill test stands on: a temporary store folder, a stand-in Bot Connector on loopback whose routes the test
/// maps, and the bot processes it starts on that folder; disposing kills every process, stops the connector and deletes
/// the folder.
/// </summary>
internal sealed class KillScene(string folderPrefix) : IAsyncDisposable
{
    private readonly List<BotProcess> _processes = [];
    private WebApplication? _connector;

    public DirectoryInfo Folder { get; } = Directory.CreateTempSubdirectory(folderPrefix);

    /// <summary>The stand-in connector's address: the serviceUrl the bot is to call.</summary>
    public string ConnectorUrl => _connector?.Urls.First() ?? throw new InvalidOperationException("The connector has not started.");

    public async Task StartConnectorAsync(Action<WebApplication> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _connector = builder.Build();
        map(_connector);
        await _connector.StartAsync();
    }

    /// <summary>Starts the bot on the folder with these extra settings (environment variables), healthy when it returns.</summary>
    public async Task<BotProcess> StartBotAsync(IReadOnlyDictionary<string, string> settings)
    {
        var bot = await BotProcess.StartAsync(Folder.FullName, settings);
        _processes.Add(bot);
        return bot;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes)
        {
            await process.DisposeAsync();
        }

        if (_connector is not null)
        {
            await _connector.StopAsync();
            await _connector.DisposeAsync();
        }

        Folder.Delete(recursive: true);
    }
}
