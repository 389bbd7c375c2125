using System.Net;
using TeamsBot.Bench;

namespace TeamsBot.Tests.Teams;

public sealed class InboundAuthenticationTests(BotFrameworkFixture bot) : IClassFixture<BotFrameworkFixture>
{
    public static TheoryData<string> Forgeries => [.. Cases.Keys];

    private static readonly Dictionary<string, Func<BotFrameworkFixture, string?>> Cases = new()
    {
        ["expired"] = f => f.Token(new TokenShape { NotBeforeOffset = TimeSpan.FromHours(-3), Lifetime = TimeSpan.FromHours(1) }),
        ["not yet valid"] = f => f.Token(new TokenShape { NotBeforeOffset = TimeSpan.FromHours(1) }),
        ["wrong audience"] = f => f.Token(audience: "another-bot"),
        ["wrong issuer"] = f => f.Token(new TokenShape { Issuer = "https://sts.windows.net/attacker/" }),
        ["bad signature"] = f => f.Token(new TokenShape { ForgedSignature = true }),
        ["unendorsed key"] = f => f.Token(new TokenShape { KeyId = LoopbackBotFramework.UnendorsedKeyId }),
        ["serviceUrl mismatch"] = f => f.Token(serviceUrl: "https://evil.example.com/"),
        ["no serviceurl claim"] = f => f.Token(serviceUrl: null),
        ["missing header"] = _ => null,
    };

    [Fact]
    public async Task ValidToken_Help_Is200AndRepliedAtTheConnector()
    {
        var id = Guid.NewGuid().ToString();

        using var response = await bot.PostAsync(bot.Message("help", id), bot.Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(bot.SentFor(id));
        Assert.Contains("minutes", reply["text"]?.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("api://11111111-2222-3333-4444-555555555555")]
    [InlineData("api://botid-11111111-2222-3333-4444-555555555555")]
    public async Task ValidToken_ApiAudienceForms_AreAccepted(string audience)
    {
        using var response = await bot.PostAsync(bot.Message("help"), bot.Token(audience: audience));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task ForgedRequest_Is401WithoutReasonAndNoReply(string forgery)
    {
        var id = Guid.NewGuid().ToString();

        using var response = await bot.PostAsync(bot.Message("help", id), Cases[forgery](bot));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(response.Headers.WwwAuthenticate, h => h.Parameter?.Contains("error", StringComparison.Ordinal) == true);
        Assert.Empty(bot.SentFor(id));
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("""{"id":"1","text":"help"}""")]
    [InlineData("")]
    public async Task ValidToken_MalformedOrUntypedActivity_Is400(string body)
    {
        using var response = await bot.PostAsync(body, bot.Token());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ValidToken_BodyOverOneMegabyte_Is413()
    {
        var body = bot.Message(new string('x', 1024 * 1024));

        using var response = await bot.PostAsync(body, bot.Token());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Get_ApiMessages_IsNotAllowed()
    {
        using var response = await bot.Client.GetAsync(new Uri("/api/messages", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
