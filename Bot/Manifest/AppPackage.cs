using System.IO.Compression;
using System.Text;

namespace TeamsBot.Manifest;

/// <summary>A Teams app package: manifest.json and the files it names, all at the root of a zip.</summary>
public sealed record AppPackage(IReadOnlyList<PackageFile> Files)
{
    public const string ManifestName = "manifest.json";

    // A fixed time stamp, so that the same inputs give the same zip.
    private static readonly DateTimeOffset EntryTime = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The package of the embedded template with the settings filled in (not yet checked).</summary>
    public static AppPackage From(AppPackageTemplate template, PackageSettings settings) =>
        new([new(ManifestName, Encoding.UTF8.GetBytes(template.Fill(settings))), .. template.OtherFiles]);

    public PackageFile? Find(string name) => Files.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));

    public byte[] ToZip()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in Files)
            {
                var entry = zip.CreateEntry(file.Name, CompressionLevel.Optimal);
                entry.LastWriteTime = EntryTime;
                using var stream = entry.Open();
                stream.Write(file.Content);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>The files at the root of a zip (folders inside it are kept in the names, so a check can refuse them).</summary>
    public static AppPackage FromZip(byte[] zipBytes)
    {
        using var zip = new ZipArchive(new MemoryStream(zipBytes), ZipArchiveMode.Read);
        var files = new List<PackageFile>();
        foreach (var entry in zip.Entries.Where(e => e.Name.Length > 0))
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            files.Add(new PackageFile(entry.FullName, copy.ToArray()));
        }

        return new AppPackage(files);
    }
}
