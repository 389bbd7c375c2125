using TeamsBot.Manifest;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Cli;

/// <summary><c>manifest pack</c> as an admin runs it: the real Bot.dll in its own process.</summary>
public sealed class ManifestCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("manifest-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Pack_WritesAZipThatPassesValidation()
    {
        var zip = Path.Combine(_folder, "out", "minutes-bot.zip");

        var (exit, output, error) = await ProcessRunner.RunBotAsync(
            "manifest", "pack", "--app-id", "3f2504e0-4f89-11d3-9a0c-0305e82c3301", "--bot-id", "0b6f5c1e-9d7a-4a43-8f0e-2b1c3d4e5f60",
            "--out", zip, "--version", "2.1.0", "--host", "minutes-bot.azurewebsites.net");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains("version 2.1.0", output, StringComparison.Ordinal);
        var package = AppPackage.FromZip(await File.ReadAllBytesAsync(zip));
        Assert.Empty(AppPackageChecks.Check(package));
        Assert.Equal(["manifest.json", "nl.json", "color.png", "outline.png"], package.Files.Select(f => f.Name));
        Assert.Equal(192, PngImage.TryRead(package.Find("color.png")!.Content)!.Width);
        Assert.Equal(32, PngImage.TryRead(package.Find("outline.png")!.Content)!.Width);
    }

    [Fact]
    public async Task Pack_BadGuid_IsRefusedWithExitCode2AndWritesNothing()
    {
        var zip = Path.Combine(_folder, "minutes-bot.zip");

        var (exit, output, error) = await ProcessRunner.RunBotAsync(
            "manifest", "pack", "--app-id", "3f2504e0-4f89-11d3-9a0c-0305e82c3301", "--bot-id", "my-bot", "--out", zip);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal("--bot-id: 'my-bot' is not a GUID such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301.", error.Trim());
        Assert.False(File.Exists(zip));
    }

    [Fact]
    public async Task Pack_WithoutIds_NamesWhatIsMissing()
    {
        var (exit, _, error) = await ProcessRunner.RunBotAsync("manifest", "pack");

        Assert.Equal(2, exit);
        Assert.Contains("--app-id is required", error, StringComparison.Ordinal);
        Assert.Contains("--bot-id is required", error, StringComparison.Ordinal);
        Assert.Contains("--out is required", error, StringComparison.Ordinal);
    }
}
