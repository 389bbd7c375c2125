using System.ComponentModel.DataAnnotations;

namespace TeamsBot.Storage;

/// <summary>Where the bot keeps its state. The file system needs no setup; Azure Blob Storage is for several instances.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public StorageProvider Provider { get; set; } = StorageProvider.FileSystem;

    /// <summary>The folder of the file-system store; relative paths resolve from the working directory.</summary>
    [Required]
    public string Folder { get; set; } = "data";

    /// <summary>For Azurite or a key-based account ("UseDevelopmentStorage=true").</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The blob service URI, reached with DefaultAzureCredential (managed identity in Azure).</summary>
    public Uri? ServiceUri { get; set; }

    /// <summary>
    /// Retries of one blob call (the Azure SDK's default, 3, with exponential backoff). The queue and the reminder claims
    /// retry on their own, so fewer make an outage show sooner.
    /// </summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>
    /// How long one request to <c>/api/messages</c> may wait on the store: the time of its storage calls together
    /// (de-dup claim, the queued work's record, settings and rosters for the reply; a call to the connector meanwhile
    /// does not count). Past it the request answers without the store: work is kept in memory, answers that need the
    /// store say so. Teams re-sends an activity not acknowledged in about 15 s, and users expect an answer within 2 s.
    /// Background work keeps <see cref="MaxRetries"/>.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:00:10")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(1.5);

    /// <summary>
    /// After a request's storage call was cut or failed, how long requests answer without trying the store at all
    /// (then one request tries it; an answer ends the break). Zero: every request tries, and waits its
    /// <see cref="RequestTimeout"/>.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan OutageBreak { get; set; } = TimeSpan.FromSeconds(10);

    [Required]
    [RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$", ErrorMessage = "Storage:Container must be a valid blob container name (3-63 lower-case letters, digits and single hyphens).")]
    public string Container { get; set; } = "teamsbot";
}

public enum StorageProvider
{
    FileSystem,
    AzureBlob,
}
