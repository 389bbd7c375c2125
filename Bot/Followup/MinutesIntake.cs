using Microsoft.Extensions.Logging;
using TeamsBot.Extraction;
using TeamsBot.Minutes;
using TeamsBot.Telemetry;

namespace TeamsBot.Followup;

/// <summary>How the bot came by a file, which decides what it says about a file that is not minutes.</summary>
public enum IntakeSource
{
    /// <summary>Sent to the bot (a file or a long message in a chat): the sender expects an answer either way.</summary>
    SentToBot,

    /// <summary>Seen in a channel the bot watches: anything that is not minutes is ignored without a word.</summary>
    Channel,
}

/// <summary>What became of a file offered as minutes.</summary>
public abstract record IntakeResult
{
    private IntakeResult() { }

    /// <summary>Read and stored (also when the minutes held no decisions or items, or were the same file again).</summary>
    public sealed record Ingested(IngestOutcome Outcome, ExtractionResult Extraction) : IntakeResult;

    /// <summary>Not minutes: a channel file to leave alone, or a message to answer with help.</summary>
    public sealed record NotMinutes : IntakeResult;

    /// <summary>Minutes the bot cannot read; <see cref="Text"/> is one line for the sender, in English and Dutch.</summary>
    public sealed record Unreadable(UnreadableReason Reason, RefusalText Text) : IntakeResult
    {
        /// <summary>The English line.</summary>
        public string Message => Text.ToString();
    }
}

/// <summary>
/// The ingest use case from bytes to stored meeting: reads the file, tells minutes from other files, extracts the
/// decisions and action items, and stores them with owners linked to the team's members. Reading and extracting run on
/// <see cref="ReadingThreads"/> (seconds of CPU for a large document), storing back on the caller's flow.
/// </summary>
public sealed partial class MinutesIntake(FollowupService followup, MinutesReader reader, ILogger<MinutesIntake> logger, ReadingThreads? threads = null, BotMetrics? metrics = null)
{
    private readonly ReadingThreads _threads = threads ?? ReadingThreads.Shared;

    /// <summary>Whether a file seen in a channel is worth downloading at all: a document type the bot reads.</summary>
    public static bool WorthReading(string fileName) => MinutesReader.IsSupportedFileName(fileName);

    public async Task<IntakeResult> TakeAsync(MinutesUpload upload, IReadOnlyList<TeamMember> members, IntakeSource source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        ArgumentNullException.ThrowIfNull(members);
        if (source == IntakeSource.Channel && !WorthReading(upload.FileName))
        {
            return new IntakeResult.NotMinutes();
        }

        var (answer, extraction) = await _threads.RunAsync(() => Read(upload, source), cancellationToken);
        if (answer is not null || extraction is null)
        {
            return answer ?? new IntakeResult.NotMinutes();
        }

        var outcome = await followup.IngestAsync(upload, extraction, members, cancellationToken);
        metrics?.ItemsExtracted(extraction.Decisions.Count, extraction.ActionItems.Count, extraction.Language);
        return new IntakeResult.Ingested(outcome, extraction);
    }

    /// <summary>Reads and extracts (on a reading thread): the answer when the file is not minutes to store, else what was found.</summary>
    private (IntakeResult? Answer, ExtractionResult? Extraction) Read(MinutesUpload upload, IntakeSource source)
    {
        var namedMinutes = MinutesRecognizer.NameSuggestsMinutes(upload.FileName);
        MinutesDocument document;
        try
        {
            document = reader.Read(upload.Content.ToArray(), upload.FileName);
        }
        catch (UnreadableMinutesException ex)
        {
            LogUnreadable(logger, ex.Reason);

            // A channel's unreadable file is only the bot's business when its name says it is minutes.
            return (source == IntakeSource.Channel && !namedMinutes ? new IntakeResult.NotMinutes() : new IntakeResult.Unreadable(ex.Reason, ex.Text), null);
        }

        var extraction = MinutesExtractor.Extract(document);
        metrics?.MinutesRead(upload.FileName, extraction.Language);
        if (!MinutesRecognizer.ReadsAsMinutes(document, extraction, namedMinutes))
        {
            LogNotMinutes(logger, document.Blocks.Count);
            return (new IntakeResult.NotMinutes(), null);
        }

        return (null, extraction);
    }

    [LoggerMessage(20, LogLevel.Information, "A file offered as minutes could not be read: {Reason}")]
    private static partial void LogUnreadable(ILogger logger, UnreadableReason reason);

    [LoggerMessage(21, LogLevel.Information, "A document of {BlockCount} blocks does not read as minutes; left alone")]
    private static partial void LogNotMinutes(ILogger logger, int blockCount);
}
