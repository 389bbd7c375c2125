using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsBot.Cards;
using TeamsBot.Followup;

namespace TeamsBot.Tests.Teams.Intake;

/// <summary>Minutes sent to the bot in a personal chat land in the uploader's team when it is clear which one.</summary>
public sealed class PersonalMinutesTeamTests
{
    private const string UploaderId = "00000000-0000-0000-0000-0000000000020";

    private const string Minutes = """
        # Verslag werkgroep Jeugd en Veiligheid

        Datum: 12 maart 2025
        Aanwezig: Barbara Vermaat (notulist), Stef Fleischeuer, Roos Wilhelm, Cor Lamers

        ## 1. Projectplan

        Roos Wilhelm licht het projectplan toe. De scholen en de wijkteams zijn positief over de aanpak.
        Besloten: het projectplan jeugd wordt vastgesteld.

        ## Actiepunten

        - Roos Wilhelm stuurt het projectplan rond voor 1 april 2025.
        - Stef Fleischeuer plant het vervolgoverleg met de scholen.
        """;

    private static readonly RosterMember Uploader = new(UploaderId, "29:barbara", "Barbara Vermaat", "barbara@gemeente.nl");
    private static readonly RosterMember Roos = new("aad-roos", "29:roos", "Wilhelm, Roos", "roos@gemeente.nl");
    private static readonly RosterMember Stef = new("aad-stef", "29:stef", "Stef Fleischeuer (programmadirecteur)", "stef@gemeente.nl");

    [Fact]
    public async Task OneTeamWithTheUploader_FilesTheMinutesThere_AndPublishPostsInItsChannel()
    {
        await using var app = new IntakeApp();
        var (tenant, chat) = Ids();
        await app.InstallTeamAsync(tenant, "19:jeugd-team@thread.tacv2", "Werkgroep Jeugd", "19:jeugd-general@thread.tacv2", Uploader, Roos, Stef);

        var publish = await PasteAsync(app, tenant, chat);

        var sent = app.Sent();
        var filedLine = sent.FindIndex(x => IntakeApp.Text(x.Body) == "Ik heb deze notulen opgeslagen bij het team Werkgroep Jeugd.");
        var reviewCard = sent.FindIndex(x => CardNodes.FindAction(x.Body, CardVerbs.ReviewPublish) is not null);
        Assert.InRange(filedLine, 0, reviewCard - 1);
        Assert.All([sent[filedLine], sent[reviewCard]], x => Assert.Contains(chat, Unescaped(x.Path), StringComparison.Ordinal));

        var followup = app.Services.GetRequiredService<FollowupService>();
        var meetingId = publish[CardVerbs.MeetingId]!.GetValue<string>();
        Assert.Null(await followup.GetMeetingAsync(tenant, chat, meetingId, CancellationToken.None));
        var meeting = await followup.GetMeetingAsync(tenant, "19:jeugd-team@thread.tacv2", meetingId, CancellationToken.None);
        Assert.NotNull(meeting);
        Assert.Equal("19:jeugd-general@thread.tacv2", meeting.ChannelId);
        var owners = meeting.Items.SelectMany(i => i.Owners).ToList();
        Assert.Contains(owners, o => o is { Kind: OwnerKind.Member, MemberId: "aad-roos" });
        Assert.Contains(owners, o => o is { Kind: OwnerKind.Member, MemberId: "aad-stef" });

        using var published = await app.PostAsync(CardInvoke(app, tenant, chat, CardVerbs.ReviewPublish, publish));
        var after = await app.WaitForAsync(s => s.Any(x => IsSummary(x.Body) && Unescaped(x.Path).Contains("19:jeugd-general@thread.tacv2", StringComparison.Ordinal)));
        Assert.Contains(after, x => IsSummary(x.Body) && Unescaped(x.Path).Contains("19:jeugd-general@thread.tacv2", StringComparison.Ordinal));
        Assert.DoesNotContain(after, x => IsSummary(x.Body) && Unescaped(x.Path).Contains(chat, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SameMinutesAgain_AreAnsweredWithAlreadyReadInTheChat()
    {
        await using var app = new IntakeApp();
        var (tenant, chat) = Ids();
        await app.InstallTeamAsync(tenant, "19:jeugd-team@thread.tacv2", "Werkgroep Jeugd", "19:jeugd-general@thread.tacv2", Uploader, Roos, Stef);
        await PasteAsync(app, tenant, chat);

        await app.PostAsync(Pasted(app, tenant, chat));

        var sent = await app.WaitForAsync(s => s.Any(x => IntakeApp.Text(x.Body).StartsWith("Deze notulen ken ik al", StringComparison.Ordinal)));
        var again = Assert.Single(sent, x => IntakeApp.Text(x.Body).StartsWith("Deze notulen ken ik al", StringComparison.Ordinal));
        Assert.Contains(chat, Unescaped(again.Path), StringComparison.Ordinal);
        Assert.Single(sent, x => CardNodes.FindAction(x.Body, CardVerbs.ReviewPublish) is not null);
        Assert.Single(sent, x => IntakeApp.Text(x.Body).StartsWith("Ik heb deze notulen opgeslagen", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TwoTeamsWithTheUploader_TheOneWhoseMembersTheMinutesNameGetsThem()
    {
        await using var app = new IntakeApp();
        var (tenant, chat) = Ids();
        await app.InstallTeamAsync(tenant, "19:sport-team@thread.tacv2", "Sportraad", "19:sport-general@thread.tacv2",
            Uploader, new("aad-jan", "29:jan", "Jan Jansen", null), new("aad-piet", "29:piet", "Piet de Vries", null));
        await app.InstallTeamAsync(tenant, "19:jeugd-team@thread.tacv2", "Werkgroep Jeugd", "19:jeugd-general@thread.tacv2", Uploader, Roos, Stef);

        var publish = await PasteAsync(app, tenant, chat);

        Assert.Contains(app.Sent(), x => IntakeApp.Text(x.Body) == "Ik heb deze notulen opgeslagen bij het team Werkgroep Jeugd.");
        var followup = app.Services.GetRequiredService<FollowupService>();
        var meetingId = publish[CardVerbs.MeetingId]!.GetValue<string>();
        Assert.NotNull(await followup.GetMeetingAsync(tenant, "19:jeugd-team@thread.tacv2", meetingId, CancellationToken.None));
        Assert.Null(await followup.GetMeetingAsync(tenant, "19:sport-team@thread.tacv2", meetingId, CancellationToken.None));
    }

    [Fact]
    public async Task TwoTeamsNamedEqually_StayInTheOwnSpace_WithAHintToPostInTheChannel()
    {
        await using var app = new IntakeApp();
        var (tenant, chat) = Ids();
        await app.InstallTeamAsync(tenant, "19:a-team@thread.tacv2", "Werkgroep A", "19:a-general@thread.tacv2", Uploader, Roos);
        await app.InstallTeamAsync(tenant, "19:b-team@thread.tacv2", "Werkgroep B", "19:b-general@thread.tacv2", Uploader, Stef);

        var publish = await PasteAsync(app, tenant, chat, "en-US");

        var sent = app.Sent();
        // Dutch minutes from an English client: the minutes' language speaks (no team's setting applies in the own space).
        var hint = sent.FindIndex(x => IntakeApp.Text(x.Body).StartsWith("U zit in meer teams met mij", StringComparison.Ordinal));
        Assert.InRange(hint, 0, sent.FindIndex(x => CardNodes.FindAction(x.Body, CardVerbs.ReviewPublish) is not null) - 1);
        Assert.Contains("Zet ze in het kanaal van het team", IntakeApp.Text(sent[hint].Body), StringComparison.Ordinal);
        Assert.DoesNotContain(sent, x => IntakeApp.Text(x.Body).StartsWith("Ik heb deze notulen", StringComparison.Ordinal));
        var meetingId = publish[CardVerbs.MeetingId]!.GetValue<string>();
        Assert.NotNull(await app.Services.GetRequiredService<FollowupService>().GetMeetingAsync(tenant, chat, meetingId, CancellationToken.None));
    }

    [Fact]
    public async Task UploaderInNoTeamsRoster_MinutesStayInTheOwnSpaceWithoutAWord()
    {
        await using var app = new IntakeApp();
        var (tenant, chat) = Ids();
        await app.InstallTeamAsync(tenant, "19:jeugd-team@thread.tacv2", "Werkgroep Jeugd", "19:jeugd-general@thread.tacv2", Roos, Stef);

        var publish = await PasteAsync(app, tenant, chat);

        var sent = app.Sent();
        Assert.DoesNotContain(sent, x => IntakeApp.Text(x.Body).StartsWith("Ik heb deze notulen opgeslagen", StringComparison.Ordinal));
        Assert.DoesNotContain(sent, x => IntakeApp.Text(x.Body).StartsWith("U zit in meer teams", StringComparison.Ordinal));
        var followup = app.Services.GetRequiredService<FollowupService>();
        var meetingId = publish[CardVerbs.MeetingId]!.GetValue<string>();
        Assert.NotNull(await followup.GetMeetingAsync(tenant, chat, meetingId, CancellationToken.None));
        Assert.Null(await followup.GetMeetingAsync(tenant, "19:jeugd-team@thread.tacv2", meetingId, CancellationToken.None));
    }

    [Fact]
    public async Task TeamWithoutReviewFirst_GetsTheSummaryInItsChannel_TheChatOneLine()
    {
        await using var app = new IntakeApp();
        var (tenant, chat) = Ids();
        await app.InstallTeamAsync(tenant, "19:jeugd-team@thread.tacv2", "Werkgroep Jeugd", "19:jeugd-general@thread.tacv2", Uploader, Roos, Stef);
        await app.Services.GetRequiredService<FollowupService>()
            .UpdateSettingsAsync(tenant, "19:jeugd-team@thread.tacv2", s => s with { ReviewFirst = false }, CancellationToken.None);

        await app.PostAsync(Pasted(app, tenant, chat));

        var sent = await app.WaitForAsync(s => s.Any(x => IsSummary(x.Body)));
        await app.WaitUntilIdleAsync();
        sent = app.Sent();
        var summary = Assert.Single(sent, x => IsSummary(x.Body));
        Assert.Contains("19:jeugd-general@thread.tacv2", Unescaped(summary.Path), StringComparison.Ordinal);
        Assert.DoesNotContain(sent, x => CardNodes.FindAction(x.Body, CardVerbs.ReviewPublish) is not null);
        var toChat = sent.Where(x => Unescaped(x.Path).Contains(chat, StringComparison.Ordinal)).Select(x => IntakeApp.Text(x.Body)).ToList();
        Assert.Equal(["Ik lees de notulen…", "Ik heb deze notulen opgeslagen bij het team Werkgroep Jeugd."], toChat);
    }

    private static (string Tenant, string Chat) Ids() => ("tenant-" + Guid.NewGuid().ToString("N")[..8], $"a:{Guid.NewGuid()}");

    /// <summary>Pastes <see cref="Minutes"/> as the uploader and returns what the review card's publish button would submit.</summary>
    private static async Task<JsonObject> PasteAsync(IntakeApp app, string tenant, string chat, string locale = "nl-NL")
    {
        await app.PostAsync(Pasted(app, tenant, chat, locale));
        var sent = await app.WaitForAsync(s => s.Any(x => CardNodes.FindAction(x.Body, CardVerbs.ReviewPublish) is not null));
        await app.WaitUntilIdleAsync();
        return IntakeApp.Submitted(sent.Single(x => CardNodes.FindAction(x.Body, CardVerbs.ReviewPublish) is not null).Body, CardVerbs.ReviewPublish);
    }

    private static JsonNode Pasted(IntakeApp app, string tenant, string chat, string locale = "nl-NL")
    {
        var activity = app.Activity("personal-message.json", tenant, chat, locale);
        activity["from"]!["name"] = "Barbara Vermaat";
        activity["text"] = Minutes;
        return activity;
    }

    private static JsonNode CardInvoke(IntakeApp app, string tenant, string chat, string verb, JsonNode data)
    {
        var invoke = app.Activity("adaptive-card-action.json", tenant, chat, "nl-NL");
        invoke["value"]!["action"]!["verb"] = verb;
        invoke["value"]!["action"]!["data"] = data;
        return invoke;
    }

    private static bool IsSummary(JsonNode body) => CardNodes.FindAction(body, CardVerbs.ItemDone) is not null;

    private static string Unescaped(string path) => Uri.UnescapeDataString(path);
}
