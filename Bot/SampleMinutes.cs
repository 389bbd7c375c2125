using TeamsBot.Minutes;

namespace TeamsBot;

/// <summary>The minutes bundled with the bot, so that it can be tried with nothing else.</summary>
internal static class SampleMinutes
{
    public const string FileName = "stuurgroep-stadspartners-2023-05-24.md";

    public static MinutesDocument Read(MinutesReader reader)
    {
        using var stream = typeof(SampleMinutes).Assembly.GetManifestResourceStream($"TeamsBot.Samples.{FileName}")
            ?? throw new InvalidOperationException("The sample minutes are missing from the build.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return reader.Read(buffer.ToArray(), FileName);
    }
}
