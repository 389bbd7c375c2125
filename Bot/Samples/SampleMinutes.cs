using TeamsBot.Minutes;

namespace TeamsBot.Samples;

/// <summary>The minutes bundled with the bot (as Markdown, Word and PDF), so that it can be tried and measured with nothing else.</summary>
internal static class SampleMinutes
{
    public const string Name = "stuurgroep-stadspartners-2023-05-24";

    public const string FileName = Name + ".md";

    public static MinutesDocument Read(MinutesReader reader) => reader.Read(Bytes(".md"), FileName);

    /// <summary>The sample in one format: ".md", ".docx" or ".pdf".</summary>
    public static byte[] Bytes(string extension)
    {
        using var stream = typeof(SampleMinutes).Assembly.GetManifestResourceStream($"TeamsBot.Samples.{Name}{extension}")
            ?? throw new InvalidOperationException($"The sample minutes ({extension}) are missing from the build.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
