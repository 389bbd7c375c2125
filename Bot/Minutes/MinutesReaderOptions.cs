using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;

namespace TeamsBot.Minutes;

/// <summary>Limits that keep a hostile or broken file from taking the bot down.</summary>
public sealed class MinutesReaderOptions
{
    public const string SectionName = "Minutes";

    /// <summary>The largest file accepted, in bytes (default 20 MB).</summary>
    [Range(1, 1L << 31)]
    public long MaxFileBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>The most a compressed document (.docx, all decoded streams of a .pdf) may expand to, in bytes (default 100 MB).</summary>
    [Range(1, 1L << 32)]
    public long MaxExpandedBytes { get; set; } = 100L * 1024 * 1024;

    /// <summary>The highest compression ratio accepted for any part of a compressed document.</summary>
    [Range(1, 10_000)]
    public int MaxCompressionRatio { get; set; } = 100;

    /// <summary>The most one compressed stream of a PDF (a page's content, a font, an object stream) may expand to (default 16 MB).</summary>
    [Range(1, 1L << 31)]
    public long MaxStreamBytes { get; set; } = 16L * 1024 * 1024;

    /// <summary>
    /// The most characters of text read from a .docx or .pdf (default 5 million, some 1,500 pages; the text formats are
    /// already bounded by <see cref="MaxFileBytes"/>).
    /// </summary>
    [Range(1, int.MaxValue)]
    public long MaxTextCharacters { get; set; } = 5_000_000;

    /// <summary>The longest reading a .docx or .pdf may take (default 30 s); checked between pages and parts.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan MaxReadTime { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The most pages read from a PDF.</summary>
    [Range(1, 100_000)]
    public int MaxPages { get; set; } = 1_000;

    /// <summary>The options as configured (appsettings.json, then MINUTES__... environment variables), for the command line.</summary>
    public static MinutesReaderOptions FromConfiguration()
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var options = new MinutesReaderOptions();
        configuration.GetSection(SectionName).Bind(options);
        Validator.ValidateObject(options, new ValidationContext(options), validateAllProperties: true);
        return options;
    }
}
