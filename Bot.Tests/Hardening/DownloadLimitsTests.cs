using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using TeamsBot.Minutes;
using TeamsBot.Teams;
using TeamsBot.Teams.Intake;
using TeamsBot.Tests.Teams.Intake;

namespace TeamsBot.Tests.Hardening;

/// <summary>
/// The limits on a personal-chat download (<see cref="MinutesDownloader"/>) against a loopback server that misbehaves on
/// purpose: a body past the size cap without a Content-Length, a body that never ends, and, in production mode, an
/// address or a redirect off Microsoft 365. The refusal of a non-Microsoft 365 host and of a redirect to one in local
/// mode is <see cref="PersonalChatIntakeTests.DownloadFromAHostThatIsNotMicrosoft365_IsRefusedAndNothingIsFetched"/>;
/// the host rules themselves are <see cref="DownloadHostsTests"/>.
/// </summary>
public sealed class DownloadLimitsTests
{
    private const int Cap = 1024 * 1024;
    private const long FullBody = 64L * 1024 * 1024;

    [Fact]
    public async Task ChunkedBodyPastTheCap_IsCutOffWhileStreaming_AndAnsweredOnce()
    {
        await using var files = new MisbehavingFileServer(MisbehavingFileServer.EndlessChunks(FullBody));
        await using var app = new IntakeApp(settings: new Dictionary<string, string?> { ["Minutes:MaxFileBytes"] = Cap.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        await app.PostAsync(FileUpload(app, files.Url + "/notulen.docx"));

        var answers = Refusals(await app.WaitForAsync(s => Refusals(s).Count > 0));
        var answer = Assert.Single(answers);
        Assert.Contains("larger than 1 MB", answer, StringComparison.Ordinal);
        Assert.True(await files.WaitForAbortAsync(), "The server was never cut off.");

        // Socket buffers on both ends let a few megabytes more through; the server meant to send 64.
        Assert.True(files.BodyBytesSent < 16L * 1024 * 1024, $"{files.BodyBytesSent} bytes sent of {FullBody}");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task DownloadThatNeverEnds_IsEndedByTheTimeout_AndAnsweredOnce(bool headersFirst)
    {
        await using var files = new MisbehavingFileServer(MisbehavingFileServer.Stall(headersFirst));
        await using var app = new IntakeApp(settings: new Dictionary<string, string?> { ["Intake:DownloadTimeout"] = "00:00:01" });

        await app.PostAsync(FileUpload(app, files.Url + "/notulen.docx"));

        var answers = Refusals(await app.WaitForAsync(s => Refusals(s).Count > 0));
        var answer = Assert.Single(answers);
        Assert.Contains("did not finish within 1 s", answer, StringComparison.Ordinal);
        Assert.True(await files.WaitForAbortAsync(), "The stalled connection was left open.");
    }

    [Theory]
    [InlineData("http://127.0.0.1:{port}/notulen.docx")]
    [InlineData("http://localhost:{port}/notulen.docx")]
    [InlineData("http://[::1]:{port}/notulen.docx")]
    public async Task LoopbackAddress_InProduction_IsRefusedBeforeAnyRequest(string address)
    {
        await using var files = new MisbehavingFileServer(MisbehavingFileServer.Serve("minutes"u8.ToArray()));
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });

        var refusal = await Assert.ThrowsAsync<DownloadRefusedException>(() =>
            Production(http).DownloadAsync(new Uri(address.Replace("{port}", files.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)), "notulen.docx", CancellationToken.None));

        Assert.Equal("notulen.docx: the file is offered from an address the bot does not download from.", refusal.Message);
        Assert.Equal(0, files.Connections);
    }

    [Theory]
    [InlineData("http://127.0.0.1:{port}/internal")]
    [InlineData("https://files.example.org/notulen.docx")]
    [InlineData("http://169.254.169.254/metadata/instance")]
    [InlineData("https://contoso.sharepoint.com:8443/notulen.docx")]
    public async Task RedirectFromMicrosoft365ToAnotherHost_InProduction_IsRefused(string target)
    {
        var port = 0;
        await using var files = new MisbehavingFileServer(MisbehavingFileServer.Redirect(() => target.Replace("{port}", port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)));
        port = files.Port;
        using var http = new HttpClient(new Microsoft365OnLoopback(files.Port));

        var refusal = await Assert.ThrowsAsync<DownloadRefusedException>(() =>
            Production(http).DownloadAsync(new Uri("https://contoso.sharepoint.com/personal/notulen.docx"), "notulen.docx", CancellationToken.None));

        Assert.Contains("address the bot does not download from", refusal.Message, StringComparison.Ordinal);
        Assert.Equal("/personal/notulen.docx", Assert.Single(files.Paths));
    }

    [Fact]
    public async Task Microsoft365Host_InProduction_IsFetched()
    {
        // The control for the redirect test: the same route to the server, without the redirect, downloads.
        await using var files = new MisbehavingFileServer(MisbehavingFileServer.Serve("minutes"u8.ToArray()));
        using var http = new HttpClient(new Microsoft365OnLoopback(files.Port));

        var bytes = await Production(http).DownloadAsync(new Uri("https://contoso.sharepoint.com/personal/notulen.docx"), "notulen.docx", CancellationToken.None);

        Assert.Equal("minutes"u8.ToArray(), bytes);
    }

    private static MinutesDownloader Production(HttpClient http) => new(
        http,
        Options.Create(new MinutesReaderOptions()),
        Options.Create(new BotOptions { Authentication = BotAuthentication.BotFramework }),
        Options.Create(new IntakeOptions()),
        TimeProvider.System);

    private static List<string> Refusals(List<(string Method, string Path, JsonNode Body)> sent) =>
        [.. sent.Select(x => IntakeApp.Text(x.Body)).Where(t => t.StartsWith("I could not read this file:", StringComparison.Ordinal))];

    private static JsonNode FileUpload(IntakeApp app, string downloadUrl)
    {
        var activity = app.Activity("file-download-info.json", "tenant-" + Guid.NewGuid().ToString("N")[..8], $"a:{Guid.NewGuid()}", "en-US");
        activity["id"] = Guid.NewGuid().ToString();
        activity["attachments"]![0]!["content"]!["downloadUrl"] = downloadUrl;
        return activity;
    }

    /// <summary>
    /// Sends what the downloader asks of a Microsoft 365 host to the loopback server instead (DNS for one test): the
    /// downloader still sees, checks and follows the https://contoso.sharepoint.com addresses.
    /// </summary>
    private sealed class Microsoft365OnLoopback(int port) : DelegatingHandler(new SocketsHttpHandler { AllowAutoRedirect = false })
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri is { Host: "contoso.sharepoint.com" } uri)
            {
                request.RequestUri = new UriBuilder(uri) { Scheme = Uri.UriSchemeHttp, Host = "127.0.0.1", Port = port }.Uri;
            }

            return base.SendAsync(request, cancellationToken);
        }
    }

    /// <summary>
    /// A raw HTTP/1.1 server on loopback whose answer is a test's behaviour: it counts connections, request paths and
    /// body bytes written, and notes when the client cut the connection.
    /// </summary>
    private sealed class MisbehavingFileServer : IAsyncDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly CancellationTokenSource _stop = new();
        private readonly Func<NetworkStream, MisbehavingFileServer, CancellationToken, Task> _behaviour;
        private readonly TaskCompletionSource _aborted = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly List<Task> _connections = [];
        private readonly Task _accepting;
        private long _bodyBytesSent;

        public MisbehavingFileServer(Func<NetworkStream, MisbehavingFileServer, CancellationToken, Task> behaviour)
        {
            _behaviour = behaviour;
            _listener.Start();
            _accepting = AcceptAsync();
        }

        public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

        public string Url => $"http://127.0.0.1:{Port}";

        public int Connections { get; private set; }

        public List<string> Paths { get; } = [];

        public long BodyBytesSent => Interlocked.Read(ref _bodyBytesSent);

        public static Func<NetworkStream, MisbehavingFileServer, CancellationToken, Task> Serve(byte[] body) => async (stream, _, token) =>
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n"), token);
            await stream.WriteAsync(body, token);
        };

        public static Func<NetworkStream, MisbehavingFileServer, CancellationToken, Task> Redirect(Func<string> location) => async (stream, _, token) =>
            await stream.WriteAsync(Encoding.ASCII.GetBytes($"HTTP/1.1 302 Found\r\nLocation: {location()}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"), token);

        /// <summary>A chunked body of <paramref name="total"/> bytes with no Content-Length, so only counting can stop it.</summary>
        public static Func<NetworkStream, MisbehavingFileServer, CancellationToken, Task> EndlessChunks(long total) => async (stream, server, token) =>
        {
            await stream.WriteAsync("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nTransfer-Encoding: chunked\r\n\r\n"u8.ToArray(), token);
            var chunk = Encoding.ASCII.GetBytes(new string('x', 64 * 1024));
            var framing = Encoding.ASCII.GetBytes($"{chunk.Length:x}\r\n");
            for (var sent = 0L; sent < total; sent += chunk.Length)
            {
                await stream.WriteAsync(framing, token);
                await stream.WriteAsync(chunk, token);
                await stream.WriteAsync("\r\n"u8.ToArray(), token);
                Interlocked.Add(ref server._bodyBytesSent, chunk.Length);
            }

            await stream.WriteAsync("0\r\n\r\n"u8.ToArray(), token);
        };

        /// <summary>Headers and one small chunk, or nothing at all, and then silence until the client gives up.</summary>
        public static Func<NetworkStream, MisbehavingFileServer, CancellationToken, Task> Stall(bool headersFirst) => async (stream, _, token) =>
        {
            if (headersFirst)
            {
                await stream.WriteAsync("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nPK\u0003\u0004\r\n"u8.ToArray(), token);
            }

            // A closed connection reads as end of stream; the client closing it is what this waits for.
            var buffer = new byte[1];
            while (await stream.ReadAsync(buffer, token) > 0)
            {
            }

            throw new IOException("The client closed the connection.");
        };

        /// <summary>Whether the client cut a connection off (waits up to ten seconds for it).</summary>
        public async Task<bool> WaitForAbortAsync() =>
            await Task.WhenAny(_aborted.Task, Task.Delay(TimeSpan.FromSeconds(10))) == _aborted.Task;

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            _listener.Stop();
            try
            {
                await _accepting;
                await Task.WhenAll(_connections);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or IOException or ObjectDisposedException)
            {
                // Stopping is what these report.
            }

            _stop.Dispose();
        }

        private async Task AcceptAsync()
        {
            while (!_stop.IsCancellationRequested)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                Connections++;
                _connections.Add(HandleAsync(client));
            }
        }

        private async Task HandleAsync(TcpClient client)
        {
            using (client)
            {
                var stream = client.GetStream();
                try
                {
                    Paths.Add(await RequestPathAsync(stream, _stop.Token));
                    await _behaviour(stream, this, _stop.Token);
                }
                catch (IOException)
                {
                    _aborted.TrySetResult();
                }
            }
        }

        private static async Task<string> RequestPathAsync(NetworkStream stream, CancellationToken token)
        {
            var head = new StringBuilder();
            var buffer = new byte[1];
            while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal) && await stream.ReadAsync(buffer, token) > 0)
            {
                head.Append((char)buffer[0]);
            }

            return head.ToString().Split(' ') is [_, var path, ..] ? path : string.Empty;
        }
    }
}
