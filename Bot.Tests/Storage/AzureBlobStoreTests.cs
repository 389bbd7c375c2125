using System.Text;
using Azure.Storage.Blobs;
using TeamsBot.Storage;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Storage;

/// <summary>The store contract on Azurite: a fresh container per test class instance (that is, per test).</summary>
[Collection(AzuriteGroup.Name)]
public sealed class AzureBlobStoreTests : StoreContractTests
{
    private readonly BlobContainerClient _container;

    public AzureBlobStoreTests(AzuriteFixture azurite)
    {
        _container = azurite.NewContainer();
        Store = new AzureBlobDocumentStore(_container);
    }

    private protected override IDocumentStore Store { get; }

    [Fact]
    public async Task ContainerDeletedWhileRunning_IsMadeAgain_NextWriteAndReadWork()
    {
        var key = StorageKey.Of("tests", "gone");
        await Store.TryWriteAsync(key, Encoding.UTF8.GetBytes("before"), WriteCondition.None, CancellationToken.None);
        await _container.DeleteAsync();

        var missing = await Store.ReadAsync(key, CancellationToken.None);
        var written = await Store.TryWriteAsync(key, Encoding.UTF8.GetBytes("after"), WriteCondition.Absent, CancellationToken.None);

        Assert.Null(missing);
        Assert.NotNull(written);
        Assert.Equal("after", Encoding.UTF8.GetString((await Store.ReadAsync(key, CancellationToken.None))!.Content.Span));
    }
}
