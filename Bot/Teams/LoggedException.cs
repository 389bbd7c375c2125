using TeamsBot.Graph;
using TeamsBot.Minutes;
using TeamsBot.Teams.Intake;

namespace TeamsBot.Teams;

/// <summary>
/// What of an exception may go into a log. The bot's refusals of a file (<see cref="DownloadRefusedException"/>,
/// <see cref="FileTooLargeException"/>, <see cref="UnreadableMinutesException"/>) carry the line for the sender, which
/// names the file; logged, they keep their type and stack trace but not that message. Other exceptions pass unchanged.
/// </summary>
internal static class LoggedException
{
    public static Exception Of(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (!Chain(exception).Any(CarriesUserText))
        {
            return exception;
        }

        var inner = exception.InnerException is { } cause ? Of(cause) : null;
        var message = CarriesUserText(exception) ? "message withheld: it names the sender's file" : exception.Message;
        return new WithheldMessageException($"{exception.GetType().Name}: {message}", exception.StackTrace, inner);
    }

    private static bool CarriesUserText(Exception exception) =>
        exception is DownloadRefusedException or FileTooLargeException or UnreadableMinutesException;

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }
}

/// <summary>An exception as it is logged: the original's type, its message unless that names user data, and its stack trace.</summary>
public sealed class WithheldMessageException : Exception
{
    private readonly string? _stackTrace;

    public WithheldMessageException() { }

    public WithheldMessageException(string message) : base(message) { }

    public WithheldMessageException(string message, Exception innerException) : base(message, innerException) { }

    internal WithheldMessageException(string message, string? stackTrace, Exception? innerException)
        : base(message, innerException) => _stackTrace = stackTrace;

    public override string? StackTrace => _stackTrace ?? base.StackTrace;
}
