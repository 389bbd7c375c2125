using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace TeamsBot.Tests.Teams;

/// <summary>The whole bot under WebApplicationFactory, with test settings and optional extra services.</summary>
internal sealed class BotApp : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _factory;
    private readonly DirectoryInfo _storage = Directory.CreateTempSubdirectory("botapp-");

    public BotApp(IDictionary<string, string?> settings, string environment = "Development", Action<IServiceCollection>? services = null)
    {
        // Each app keeps its data in its own folder, removed with it, unless the test chose a store.
        settings = new Dictionary<string, string?>(settings);
        settings.TryAdd("Storage:Folder", _storage.FullName);
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment(environment);
            web.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(settings));
            if (services is not null)
            {
                web.ConfigureServices(services);
            }
        });
    }

    public HttpClient CreateClient() => _factory.CreateClient();

    public IServiceProvider Services => _factory.Services;

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        _storage.Delete(recursive: true);
    }
}
