using Microsoft.Extensions.Logging;

namespace TeamsBot.Tests.Hardening;

/// <summary>
/// Commands with odd input (issue 9): very long text, control characters, right-to-left text and emoji, French and
/// German, only a mention, nothing at all. Through the real dispatcher, in the personal chat and in a channel, each gets
/// an answer (the help card or a clear message; an empty message is ignored), never an apology, an error status or an error in the log.
/// </summary>
public sealed class OddCommandTests
{
    private const string Tenant = "6e6e6e6e-0000-4000-8000-000000000006";
    private const string Team = "19:odd-team@thread.tacv2";

    public static TheoryData<string, string> Inputs => new()
    {
        { "100k characters", new string('a', 50_000) + " " + string.Concat(Enumerable.Repeat("acties ", 7_143)) },
        { "control characters", "acties\u0000\u0007\u001b[31m\u0008\r\n\t\u007f" },
        { "right-to-left", "\u202Eمرحبا שלום\u202C help" },
        { "emoji", "🎉🔥👩‍👩‍👧‍👦 acties? 🙏" },
        { "French", "mes actions, s'il vous plaît" },
        { "German", "Zeig mir bitte meine Aufgaben" },
        { "only whitespace", "   \u00a0\u2003 " },
        { "empty", "" },
        { "lone surrogates and BOM", "\ufeff\ud800 besluiten \udfff" },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task OddText_InPersonalChatAndChannel_GetsAnAnswerNeverAnError(string name, string text)
    {
        var logs = new PrivacyLogCapture();
        await using var app = new PrivacyApp(logs);
        await app.InstallAsync(Tenant, Team, [new("aad-olga", "29:aad-olga", "Olga Boot", null)]);

        foreach (var activity in new[] { app.Personal(text, "aad-olga", Tenant), app.Channel(text, "aad-olga", Tenant, Team) })
        {
            var before = app.Connector.LogEntries.Count;
            var (status, _) = await app.AnswerAsync(activity);
            Assert.True(status == 200, $"{name}: status {status}");
            if (string.IsNullOrWhiteSpace(text))
            {
                // Teams sends no empty message from the compose box; one that arrives anyway is ignored, quietly.
                Assert.All(app.Sent().Skip(before), s => Assert.DoesNotContain("Sorry", s.Body?.ToJsonString() ?? "", StringComparison.Ordinal));
                continue;
            }

            var sent = await app.WaitForAsync(s => s.Count > before);
            var reply = Assert.Single(sent.Skip(before)).Body!;
            var shown = reply.ToJsonString();
            Assert.True(reply["attachments"] is not null || ((string?)reply["text"])?.Length > 0, $"{name}: an empty answer");
            Assert.DoesNotContain("Sorry", shown, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(logs.Entries, e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task OnlyTheBotsMention_InAChannel_GetsTheHelpCard()
    {
        await using var app = new PrivacyApp();
        await app.InstallAsync(Tenant, Team, [new("aad-olga", "29:aad-olga", "Olga Boot", null)]);

        var (status, _) = await app.AnswerAsync(app.Channel("", "aad-olga", Tenant, Team));
        var sent = await app.WaitForAsync(s => s.Count > 0);

        Assert.Equal(200, status);
        Assert.NotNull(Assert.Single(sent).Body!["attachments"]);
    }
}
