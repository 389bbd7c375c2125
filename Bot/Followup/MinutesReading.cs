using Microsoft.Extensions.Logging;
using TeamsBot.Extraction;
using TeamsBot.Minutes;
using TeamsBot.Telemetry;

namespace TeamsBot.Followup;

/// <summary>
/// Reading an upload, from bytes to stored meeting: reads the file, tells minutes from other files, extracts the
/// decisions and action items, and stores them with owners linked to the team's members. Reading and extracting run on
/// <see cref="ReadingThreads"/> (seconds of CPU for a large document), storing back on the caller's flow.
/// </summary>
public sealed partial class MinutesReading(FollowupService followup, MinutesReader reader, ILogger<MinutesReading> logger, ReadingThreads? threads = null, BotMetrics? metrics = null)
{
    private readonly ReadingThreads _threads = threads ?? ReadingThreads.Shared;

    /// <summary>Whether a file seen in a channel is worth downloading at all: a document type the bot reads.</summary>
    public static bool WorthReading(string fileName) => MinutesReader.IsSupportedFileName(fileName);

    /// <param name="insisted">The uploader said it is minutes ("Toch als notulen lezen"): read it as minutes whatever it looks like.</param>
    public async Task<ReadingResult> ReadAsync(MinutesUpload upload, IReadOnlyList<TeamMember> members, UploadSource source, CancellationToken cancellationToken, bool insisted = false)
    {
        ArgumentNullException.ThrowIfNull(upload);
        ArgumentNullException.ThrowIfNull(members);
        if (source == UploadSource.Channel && !WorthReading(upload.FileName))
        {
            return new ReadingResult.NotMinutes();
        }

        var (answer, document, extraction) = await _threads.RunAsync(() => Read(upload, source, insisted), cancellationToken);
        if (answer is not null || extraction is null || document is null)
        {
            return answer ?? new ReadingResult.NotMinutes();
        }

        var outcome = await followup.IngestAsync(upload, extraction, members, cancellationToken);
        if (outcome.Result != IngestResult.Unchanged)
        {
            // What these minutes say of the series' open items: proposed in review, or applied at once when they are
            // published without one.
            var meeting = await followup.ReconcileAsync(outcome.Meeting, document, extraction, cancellationToken);
            meeting = await followup.ApplyFollowupsAsync(meeting, upload.Uploader, reviewed: false, cancellationToken);
            outcome = outcome with { Meeting = meeting };
        }

        metrics?.ItemsExtracted(extraction.Decisions.Count, extraction.ActionItems.Count, extraction.Language);
        return new ReadingResult.Ingested(outcome, extraction);
    }

    /// <summary>Reads and extracts (on a reading thread): the answer when the file is not minutes to store, else what was found.</summary>
    private (ReadingResult? Answer, MinutesDocument? Document, ExtractionResult? Extraction) Read(MinutesUpload upload, UploadSource source, bool insisted)
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
            return (source == UploadSource.Channel && !namedMinutes ? new ReadingResult.NotMinutes() : new ReadingResult.Unreadable(ex.Reason, ex.Text), null, null);
        }

        var extraction = MinutesExtractor.Extract(document);
        metrics?.MinutesRead(upload.FileName, extraction.Language);
        if (!insisted && !MinutesRecognizer.ReadsAsMinutes(document, extraction, namedMinutes))
        {
            LogNotMinutes(logger, document.Blocks.Count);
            return (new ReadingResult.NotMinutes(), null, null);
        }

        return (null, document, extraction);
    }

    [LoggerMessage(20, LogLevel.Information, "A file offered as minutes could not be read: {Reason}")]
    private static partial void LogUnreadable(ILogger logger, UnreadableReason reason);

    [LoggerMessage(21, LogLevel.Information, "A document of {BlockCount} blocks does not read as minutes; left alone")]
    private static partial void LogNotMinutes(ILogger logger, int blockCount);
}
