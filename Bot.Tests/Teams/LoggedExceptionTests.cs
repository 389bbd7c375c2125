using TeamsBot.Graph;
using TeamsBot.Teams;
using TeamsBot.Teams.Intake;

namespace TeamsBot.Tests.Teams;

public sealed class LoggedExceptionTests
{
    [Fact]
    public void Of_RefusalNamingTheFile_KeepsTypeAndStackButNotTheMessage()
    {
        var refusal = Thrown(() => throw new DownloadRefusedException("Notulen Jan de Vries.docx: the download broke off.", new IOException("reset")));

        var logged = LoggedException.Of(refusal);

        Assert.DoesNotContain("Jan de Vries", logged.ToString(), StringComparison.Ordinal);
        Assert.StartsWith(nameof(DownloadRefusedException), logged.Message, StringComparison.Ordinal);
        Assert.Equal(refusal.StackTrace, logged.StackTrace);
        Assert.Equal("reset", logged.InnerException!.Message);
    }

    [Fact]
    public void Of_OtherExceptionAroundATooLargeFile_KeepsItsOwnMessageAndWithholdsTheInner()
    {
        var wrapped = new InvalidOperationException("work failed", new FileTooLargeException("Notulen Jan de Vries.docx", 1024 * 1024));

        var logged = LoggedException.Of(wrapped);

        Assert.Contains("work failed", logged.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Jan de Vries", logged.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Of_ExceptionWithoutUserText_IsLoggedAsItIs()
    {
        var timeout = new TimeoutException("connector did not answer");

        Assert.Same(timeout, LoggedException.Of(timeout));
    }

    private static Exception Thrown(Action action)
    {
        try
        {
            action();
        }
        catch (Exception ex) when (ex is DownloadRefusedException)
        {
            return ex;
        }

        throw new InvalidOperationException("nothing thrown");
    }
}
