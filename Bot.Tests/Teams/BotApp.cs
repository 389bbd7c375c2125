using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace TeamsBot.Tests.Teams;

/// <summary>The whole bot under WebApplicationFactory, with test settings and optional extra services.</summary>
internal sealed class BotApp : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _factory;

    public BotApp(IDictionary<string, string?> settings, string environment = "Development", Action<IServiceCollection>? services = null)
    {
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

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();
}
