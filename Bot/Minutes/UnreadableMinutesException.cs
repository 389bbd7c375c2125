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
/// A file that cannot be read as minutes. <see cref="Text"/> is one line meant for the person who sent the file, in
/// English and in Dutch (<see cref="Exception.Message"/> is the English one); it never contains a stack trace or the
/// file's content.
/// </summary>
public sealed class UnreadableMinutesException : Exception
{
    public UnreadableMinutesException(UnreadableReason reason, RefusalText text, Exception? innerException = null)
        : base(text?.ToString(), innerException)
    {
        ArgumentNullException.ThrowIfNull(text);
        Reason = reason;
        Text = text;
    }

    public UnreadableMinutesException() : this("The file could not be read.") { }

    public UnreadableMinutesException(string message) : this(UnreadableReason.Damaged, RefusalTexts.Unspecified(message)) { }

    public UnreadableMinutesException(string message, Exception innerException)
        : this(UnreadableReason.Damaged, RefusalTexts.Unspecified(message), innerException) { }

    public UnreadableReason Reason { get; }

    public RefusalText Text { get; }
}
