using TeamsBot.Storage;

namespace TeamsBot.Tests.Storage;

/// <summary>The store contract on a temporary folder, deleted afterwards.</summary>
public sealed class FileSystemStoreTests : StoreContractTests, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "teamsbot-store-" + Guid.NewGuid().ToString("N"));

    public FileSystemStoreTests() => Store = new FileSystemDocumentStore(_folder);

    private protected override IDocumentStore Store { get; }

    [Fact]
    public async Task TryWrite_Document_LeavesNoTemporaryFiles()
    {
        var key = StorageKey.Of("tests", "atomic");
        for (var k = 0; k < 5; k++)
        {
            await Store.TryWriteAsync(key, new byte[] { (byte)k }, WriteCondition.None, CancellationToken.None);
        }

        Assert.Equal(["atomic.doc"], Directory.GetFiles(Path.Combine(_folder, "tests")).Select(Path.GetFileName));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
