using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsBot.Cards;
using TeamsBot.Followup;
using TeamsBot.Samples;
using TeamsBot.Tests.Graph;

namespace TeamsBot.Tests.Teams.Intake;

public sealed class ChannelIntakeTests
{
    internal const string Tenant = "2432b57b-0abd-43db-aa7b-16eadd115d34";
    internal const string Drive = "b!CbtYWrofwUGBJWnaJkNwoNrBLp_kC3RKklSXPwrdeP3yH8_qmH9xT5Y6RODPNfYI";
    private const string Folder = "01RWFXFJG3UYRHE3PBAFCKJPYNHUUGJVIQ";
    internal const string FileItem = "01RWFXFJBKNZFV4PY5KJGI2CQLNMOJ6BZR";
    internal const string Uploader = "8ea0e38b-efb3-4757-924a-5f94061cf8c2";

    [Fact]
    public async Task FilePostedInChannel_IsFetchedThroughGraph_AcknowledgedAndReviewedPrivately()
    {
        await using var app = new IntakeApp(MinutesGraph());

        using var response = await app.PostAsync(app.Activity("channel-file-post.json", Tenant));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = await app.WaitForAsync(s => s.Any(x => IntakeApp.Text(x.Body).StartsWith("De samenvatting staat klaar", StringComparison.Ordinal)));
        Assert.Equal("Ik lees de notulen…", IntakeApp.Text(sent[0].Body));
        Assert.Contains("messageid=1685016741623", Uri.UnescapeDataString(sent[0].Path), StringComparison.Ordinal);
        var opened = Assert.Single(sent, x => x.Path == "/v3/conversations");
        Assert.Equal("29:1annet-user", opened.Body["members"]?[0]?["id"]?.GetValue<string>());
        var review = Assert.Single(sent, x => CardNodes.FindAction(x.Body, CardVerbs.ReviewPublish) is not null);
        Assert.Contains("a:private-review-chat", Uri.UnescapeDataString(review.Path), StringComparison.Ordinal);
        Assert.Contains(sent, x => IntakeApp.Text(x.Body).Contains("Annet de Groot", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PublishAfterAnEdit_StoresTheEditAndPostsTheSummaryInTheThreadOfTheUpload()
    {
        await using var app = new IntakeApp(MinutesGraph());
        await app.PostAsync(app.Activity("channel-file-post.json", Tenant));
        var sent = await app.WaitForAsync(s => s.Any(x => CardNodes.FindAction(x.Body, CardVerbs.ReviewPublish) is not null));
        var data = IntakeApp.Submitted(sent.Single(x => CardNodes.FindAction(x.Body, CardVerbs.ReviewPublish) is not null).Body, CardVerbs.ReviewPublish);
        var meetingId = data[CardVerbs.MeetingId]!.GetValue<string>();
        var firstItem = data[CardVerbs.Items]!.GetValue<string>().Split(' ')[0];
        data[CardVerbs.ItemTextInput(firstItem)] = "Nieuwe begroting voorleggen aan alle partners";

        // The sample leaves items nobody owns: publish asks once, with the edit saved, and publishes when told so.
        using var asked = await app.PostAsync(Invoke(app, CardVerbs.ReviewPublish, data, Uploader));
        var again = IntakeApp.Submitted(JsonNode.Parse(await asked.Content.ReadAsStringAsync())!["value"]!, CardVerbs.ReviewPublish);
        using var response = await app.PostAsync(Invoke(app, CardVerbs.ReviewPublish, again, Uploader));

        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", answer["type"]?.GetValue<string>());
        var followup = app.Services.GetRequiredService<FollowupService>();
        var meeting = await followup.GetMeetingAsync(Tenant, IntakeApp.TeamId, meetingId, CancellationToken.None);
        Assert.Equal("Nieuwe begroting voorleggen aan alle partners", meeting!.Items.Single(i => i.Id == firstItem).Text);
        var summary = Assert.Single(app.Sent(), x => IntakeApp.HasCardWith(x.Body, "Nieuwe begroting voorleggen") && CardNodes.FindAction(x.Body, CardVerbs.ReviewPublish) is null);
        Assert.Equal($"/v3/conversations/{IntakeApp.Channel};messageid=1685016741623/activities", Uri.UnescapeDataString(summary.Path));
    }

    [Fact]
    public async Task PublishInATeamOfEighty_SummaryRefreshesByItselfForTheUploaderAndTheOwners_WithoutARefreshButton()
    {
        await using var app = new IntakeApp(MinutesGraph());
        var others = Enumerable.Range(3, 78).Select(k => new { id = $"29:{k}-lid", name = $"Lid {k}", aadObjectId = $"aad-lid-{k}", email = $"lid{k}@contoso.nl" });
        var members = new[]
        {
            new { id = "29:1annet-user", name = "Annet de Groot", aadObjectId = Uploader, email = "annet@contoso.nl" },
            new { id = "29:2stef-user", name = "Stef Fleischeuer", aadObjectId = IntakeApp.Stef, email = "stef@contoso.nl" },
        }.Concat(others);
        app.Connector.Given(WireMock.RequestBuilders.Request.Create().UsingGet().WithPath("/v3/conversations/*/pagedmembers")).AtPriority(-10)
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithBodyAsJson(new { members }));

        await app.PublishAsIsAsync(await app.ReviewCardAsync());

        var summary = IntakeApp.Card(Assert.Single(app.Sent(), x => x.Path.Contains(";messageid=", StringComparison.Ordinal) && x.Body["attachments"] is not null).Body);
        // Before, 80 viewers were more than Teams' 60: no userIds at all, and a "Vernieuwen" button for everyone.
        Assert.Equal(["29:1annet-user", "29:2stef-user"], summary["refresh"]!["userIds"]!.AsArray().Select(u => u!.GetValue<string>()));
        Assert.Null(summary["actions"]);
        var shown = summary.DeepClone().AsObject();
        shown.Remove("refresh");   // the refresh action is what Teams invokes, not a button anyone sees
        Assert.DoesNotContain("Vernieuwen", CardNodes.Words(shown));
    }

    [Fact]
    public async Task PublishBySomeoneOutsideTheTeam_IsRefusedWithANotice()
    {
        await using var app = new IntakeApp(MinutesGraph());
        var data = IntakeApp.Submitted(await app.ReviewCardAsync(), CardVerbs.ReviewPublish);
        var before = app.Sent().Count;

        using var response = await app.PostAsync(Invoke(app, CardVerbs.ReviewPublish, data, "99999999-0000-0000-0000-000000000000"));

        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.activity.message", answer["type"]?.GetValue<string>());
        Assert.Equal(before, app.Sent().Count);
    }

    [Fact]
    public async Task OtherFilePostedInChannel_IsIgnoredSilently()
    {
        var graph = new RecordedGraph().Answer(
            u => RecordedGraph.Decoded(u).Contains("/messages/1685016741623", StringComparison.Ordinal),
            () => RecordedGraph.Json(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Graph", "channel-message-with-file.json"))
                .Replace("Notulen%20stuurgroep%2024%20mei.docx", "vakantie.jpg", StringComparison.Ordinal)
                .Replace("Notulen stuurgroep 24 mei.docx", "vakantie.jpg", StringComparison.Ordinal)));
        await using var app = new IntakeApp(graph);

        await app.PostAsync(app.Activity("channel-file-post.json", Tenant));
        var pasted = app.Activity("personal-message.json", Tenant, $"a:{Guid.NewGuid()}", "en-US");
        pasted["text"] = System.Text.Encoding.UTF8.GetString(SampleMinutes.Bytes(".md"));
        await app.PostAsync(pasted);
        await app.WaitForAsync(s => s.Any(x => CardNodes.FindAction(x.Body, CardVerbs.ReviewPublish) is not null));
        // Both pieces of work run in parallel: the channel post is done once no work is left in the queue.
        await app.WaitUntilIdleAsync();

        Assert.Single(graph.Requests);
        Assert.DoesNotContain(app.Sent(), x => Uri.UnescapeDataString(x.Path).Contains(IntakeApp.Channel, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ChannelMessageMentioningTheBot_IsNotTakenAsMinutes()
    {
        var graph = MinutesGraph();
        await using var app = new IntakeApp(graph);

        await app.PostAsync(app.Activity("channel-mention.json", Tenant));

        Assert.Empty(graph.Requests);
        Assert.DoesNotContain(app.Sent(), x => IntakeApp.Text(x.Body) is "Ik lees de notulen…" or "Reading the minutes…");
        Assert.Contains(app.Sent(), x => IntakeApp.Text(x.Body).StartsWith("Ik lees notulen en haal", StringComparison.Ordinal));
    }

    /// <summary>Graph as it answers for the recorded channel post with its minutes file, after the routes <paramref name="first"/> has.</summary>
    internal static RecordedGraph MinutesGraph(RecordedGraph? first = null) => (first ?? new RecordedGraph())
        .Answer($"/v1.0/teams/{IntakeApp.GroupId}/channels/{IntakeApp.Channel}/messages/1685016741623", "channel-message-with-file.json")
        .Answer($"/v1.0/teams/{IntakeApp.GroupId}/channels/{IntakeApp.Channel}/filesFolder", "channel-files-folder.json")
        .Answer($"/v1.0/drives/{Drive}/items/{Folder}:/Notulen/Notulen stuurgroep 24 mei.docx:", "drive-item-by-path.json")
        .AnswerBytes($"/v1.0/drives/{Drive}/items/{FileItem}/content", SampleMinutes.Bytes(".docx"));

    private static JsonNode Invoke(IntakeApp app, string verb, JsonObject data, string userAadId)
    {
        var invoke = app.Activity("adaptive-card-action.json", Tenant, IntakeApp.ReviewChat, "nl-NL");
        invoke["from"] = new JsonObject { ["id"] = "29:someone", ["name"] = "Iemand", ["aadObjectId"] = userAadId };
        invoke["value"]!["action"]!["verb"] = verb;
        invoke["value"]!["action"]!["data"] = data;
        return invoke;
    }
}
