using TeamsBot.Storage;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Storage;

/// <summary>The store contract on Azurite: a fresh container per test class instance (that is, per test).</summary>
[Collection(AzuriteGroup.Name)]
public sealed class AzureBlobStoreTests(AzuriteFixture azurite) : StoreContractTests
{
    private protected override IDocumentStore Store { get; } = new AzureBlobDocumentStore(azurite.NewContainer());
}
