namespace TeamsBot.Tests.Infra;

/// <summary>The infrastructure builds offline with no error and no linter warning.</summary>
public sealed class BicepBuildTests
{
    [Fact]
    public async Task MainBicep_BuildsWithoutErrorsOrWarnings()
    {
        var (exit, output, error) = await BicepTemplate.CompileAsync();

        Assert.Equal("", error.Trim());
        Assert.Equal(0, exit);
        Assert.StartsWith("{", output.TrimStart(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExampleParameters_BuildWithoutErrorsOrWarnings()
    {
        var (exit, _, error) = await BicepTemplate.BuildAsync("build-params", Path.Combine(BicepTemplate.InfraDirectory, "main.bicepparam"), "--stdout");

        Assert.Equal("", error.Trim());
        Assert.Equal(0, exit);
    }

    [Theory]
    [InlineData("properties: { allowSharedKeyAccess: 'no' }", 0, "Warning BCP036")]
    [InlineData("properties: { allowSharedKeyAccess: sharedKey }", 1, "Error BCP057")]
    public async Task FlawedBicep_IsReportedOnStandardError(string properties, int expectedExit, string expectedDiagnostic)
    {
        var folder = Directory.CreateTempSubdirectory("bicep-tests-").FullName;
        try
        {
            var flawed = Path.Combine(folder, "flawed.bicep");
            await File.WriteAllTextAsync(flawed, $"resource s 'Microsoft.Storage/storageAccounts@2023-05-01' = {{\n  name: 'x'\n  location: 'westeurope'\n  kind: 'StorageV2'\n  sku: {{ name: 'Standard_LRS' }}\n  {properties}\n}}\n");

            var (exit, _, error) = await BicepTemplate.BuildAsync("build", flawed, "--stdout");

            Assert.Equal(expectedExit, exit);
            Assert.Contains(expectedDiagnostic, error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
