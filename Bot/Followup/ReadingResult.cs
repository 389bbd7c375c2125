using TeamsBot.Extraction;
using TeamsBot.Minutes;

namespace TeamsBot.Followup;

/// <summary>What became of a file offered as minutes.</summary>
public abstract record ReadingResult
{
    private ReadingResult() { }

    /// <summary>Read and stored (also when the minutes held no decisions or items, or were the same file again).</summary>
    public sealed record Ingested(IngestOutcome Outcome, ExtractionResult Extraction) : ReadingResult;

    /// <summary>Not minutes: a channel file to leave alone, or a message to answer with help.</summary>
    public sealed record NotMinutes : ReadingResult;

    /// <summary>Minutes the bot cannot read; <see cref="Text"/> is one line for the sender, written in the answer's language.</summary>
    public sealed record Unreadable(UnreadableReason Reason, RefusalText Text) : ReadingResult
    {
        /// <summary>The English line.</summary>
        public string Message => Text.ToString();
    }
}
