using System.Net;
using Microsoft.Extensions.Options;
using TeamsBot.Graph;
using TeamsBot.Minutes;

namespace TeamsBot.Teams.Intake;

/// <summary>A download the bot refused or could not complete; <see cref="Text"/> is one line for the sender in English and Dutch.</summary>
public sealed class DownloadRefusedException : IOException
{
    public DownloadRefusedException() : this("The download was refused.") { }

    public DownloadRefusedException(string message) : this(RefusalTexts.Unspecified(message)) { }

    public DownloadRefusedException(string message, Exception innerException) : this(RefusalTexts.Unspecified(message), innerException) { }

    public DownloadRefusedException(RefusalText text, Exception? innerException = null)
        : base(text?.ToString(), innerException)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }

    public RefusalText Text { get; }
}

/// <summary>
/// Fetches a personal-chat upload from its pre-authorised <c>downloadUrl</c> (typed <see cref="HttpClient"/> without a
/// token and without automatic redirects): every address, redirects included, must pass <see cref="DownloadHosts"/>,
/// the body is cut off at <c>Minutes:MaxFileBytes</c> while it streams, and the whole download, body included, ends
/// at <c>Intake:DownloadTimeout</c>. Every way it can fail is a <see cref="DownloadRefusedException"/> or a
/// <see cref="FileTooLargeException"/> with one line for the sender.
/// </summary>
public sealed class MinutesDownloader(HttpClient http, IOptions<MinutesReaderOptions> limits, IOptions<BotOptions> bot, IOptions<IntakeOptions> intake, TimeProvider time)
{
    private const int MaxRedirects = 5;

    public async Task<byte[]> DownloadAsync(Uri url, string fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);

        // HttpClient.Timeout only covers the wait for the headers; a body that stalls or trickles must end as well.
        var limit = intake.Value.DownloadTimeout;
        using var timeout = new CancellationTokenSource(limit, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            return await FetchAsync(url, fileName, linked.Token);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new DownloadRefusedException(RefusalTexts.DownloadTimedOut(fileName, limit), ex);
        }
        catch (IOException ex) when (ex is not (DownloadRefusedException or FileTooLargeException))
        {
            throw new DownloadRefusedException(RefusalTexts.DownloadBrokeOff(fileName), ex);
        }
    }

    private async Task<byte[]> FetchAsync(Uri url, string fileName, CancellationToken cancellationToken)
    {
        var localMode = bot.Value.Authentication == BotAuthentication.None;
        for (var hop = 0; hop <= MaxRedirects; hop++)
        {
            if (!DownloadHosts.IsAllowed(url, localMode))
            {
                throw new DownloadRefusedException(RefusalTexts.DownloadElsewhere(fileName));
            }

            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (IsRedirect(response.StatusCode) && response.Headers.Location is { } location)
            {
                url = location.IsAbsoluteUri ? location : new Uri(url, location);
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new DownloadRefusedException(RefusalTexts.DownloadFailed(fileName, (int)response.StatusCode));
            }

            var max = limits.Value.MaxFileBytes;
            if (response.Content.Headers.ContentLength > max)
            {
                throw new FileTooLargeException(fileName, max);
            }

            await using var content = await response.Content.ReadAsStreamAsync(cancellationToken);
            return await BoundedRead.ToArrayAsync(content, fileName, max, cancellationToken);
        }

        throw new DownloadRefusedException(RefusalTexts.DownloadRedirectedTooOften(fileName));
    }

    private static bool IsRedirect(HttpStatusCode status) => (int)status is >= 300 and < 400;
}
