using System.Net;
using System.Net.Sockets;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TeamsBot.Storage;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Storage;

[Collection(AzuriteGroup.Name)]
public sealed class StorageHealthCheckTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Check_AzuriteAnswering_IsHealthy()
    {
        var check = new StorageHealthCheck(new AzureBlobDocumentStore(azurite.NewContainer()));

        var result = await check.CheckHealthAsync(new HealthCheckContext(), CancellationToken.None);

        Assert.Equal(HealthStatus.Healthy, result.Status);
    }

    [Fact]
    public async Task Check_StorageNotListening_IsUnhealthyWithoutLeakingTheAccount()
    {
        var port = ClosedPort();
        var options = new BlobClientOptions { Retry = { MaxRetries = 0, NetworkTimeout = TimeSpan.FromSeconds(5) } };
        var service = new BlobServiceClient(
            $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:{port}/devstoreaccount1;", options);
        var check = new StorageHealthCheck(new AzureBlobDocumentStore(service.GetBlobContainerClient("down")));

        var result = await check.CheckHealthAsync(new HealthCheckContext(), CancellationToken.None);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.DoesNotContain("devstoreaccount1", result.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_FileSystemStore_IsHealthy()
    {
        var folder = Directory.CreateTempSubdirectory("health-");
        try
        {
            var result = await new StorageHealthCheck(new FileSystemDocumentStore(folder.FullName)).CheckHealthAsync(new HealthCheckContext(), CancellationToken.None);
            Assert.Equal(HealthStatus.Healthy, result.Status);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
