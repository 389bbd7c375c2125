using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace TeamsBot.Storage;

public static class StorageExtensions
{
    /// <summary>Registers the <see cref="IDocumentStore"/> chosen by the <c>Storage</c> section, and the <see cref="ClaimRegistry"/>.</summary>
    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(
                o => o.Provider != StorageProvider.AzureBlob || !string.IsNullOrWhiteSpace(o.ConnectionString) || o.ServiceUri is not null,
                "Storage:Provider AzureBlob needs Storage:ConnectionString (Storage__ConnectionString: Azurite, account key) or Storage:ServiceUri (Storage__ServiceUri: DefaultAzureCredential).")
            .ValidateOnStart();
        // Bound by the request's storage limit inside /api/messages (RequestStorage), unbounded everywhere else.
        builder.Services.AddSingleton(services => new StorageOutageBreaker(
            services.GetRequiredService<IOptions<StorageOptions>>().Value.OutageBreak, services.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton<IDocumentStore>(services => new RequestBoundDocumentStore(
            Create(services.GetRequiredService<IOptions<StorageOptions>>().Value),
            services.GetRequiredService<StorageOutageBreaker>(),
            services.GetRequiredService<ILogger<RequestBoundDocumentStore>>()));
        builder.Services.AddSingleton<ClaimRegistry>();
        builder.Services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage", timeout: TimeSpan.FromSeconds(5));
        return builder;
    }

    public static IDocumentStore Create(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Provider == StorageProvider.FileSystem)
        {
            return new FileSystemDocumentStore(options.Folder);
        }

        var client = new BlobClientOptions();
        client.Retry.MaxRetries = options.MaxRetries;
        var service = !string.IsNullOrWhiteSpace(options.ConnectionString)
            ? new BlobServiceClient(options.ConnectionString, client)
            : new BlobServiceClient(options.ServiceUri, new DefaultAzureCredential(), client);
        return new AzureBlobDocumentStore(service.GetBlobContainerClient(options.Container));
    }
}
