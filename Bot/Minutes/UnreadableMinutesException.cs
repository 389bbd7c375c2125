namespace TeamsBot.Minutes;

/// <summary>Why a file could not be read as minutes. The bot turns each into a friendly message.</summary>
public enum UnreadableReason
{
    /// <summary>Not a format the bot reads (by extension and by content).</summary>
    Unsupported,

    /// <summary>The file has no bytes, or no text at all.</summary>
    Empty,

    /// <summary>A damaged zip, PDF or other structure.</summary>
    Damaged,

    /// <summary>Password protected or encrypted.</summary>
    Encrypted,

    /// <summary>A PDF with no text layer, most likely a scan.</summary>
    NoText,

    /// <summary>Over the configured size limit, or would expand past it (a zip bomb).</summary>
    TooLarge,
}

/// <summary>
/// A file that cannot be read as minutes. <see cref="Exception.Message"/> is one line meant for the
/// person who sent the file; it never contains a stack trace or the file's content.
/// </summary>
public sealed class UnreadableMinutesException : Exception
{
    public UnreadableMinutesException(UnreadableReason reason, string message, Exception? innerException = null)
        : base(message, innerException) => Reason = reason;

    public UnreadableMinutesException() : this(UnreadableReason.Damaged, "The file could not be read.") { }

    public UnreadableMinutesException(string message) : this(UnreadableReason.Damaged, message) { }

    public UnreadableMinutesException(string message, Exception innerException)
        : this(UnreadableReason.Damaged, message, innerException) { }

    public UnreadableReason Reason { get; }
}
