using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsBot.Cards;
using TeamsBot.Followup;
using TeamsBot.Samples;

namespace TeamsBot.Tests.Teams.Intake;

public sealed class PersonalChatIntakeTests
{
    [Fact]
    public async Task FileSentInDutch_IsAcknowledgedAndAnsweredWithTheReviewCard()
    {
        await using var app = new IntakeApp();

        using var response = await app.PostAsync(FileUpload(app, "notulen.docx", "nl-NL"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = await app.WaitForAsync(s => s.Any(x => CardNodes.FindAction(x.Body, "review.publish") is not null));
        Assert.Equal("Ik lees de notulen…", IntakeApp.Text(sent[0].Body));
        var review = Assert.Single(sent, x => CardNodes.FindAction(x.Body, "review.publish") is not null);
        Assert.True(IntakeApp.HasCardWith(review.Body, "Publiceer"));
        Assert.True(IntakeApp.HasCardWith(review.Body, "Stuurgroep"));
        Assert.Single(app.Files.LogEntries);
        Assert.False(app.Files.LogEntries.Single().RequestMessage.Headers?.ContainsKey("Authorization"));
    }

    [Fact]
    public async Task PastedDutchMinutesFromAnEnglishClient_AreReadAsMarkdownAndAnsweredInDutchWithTheReviewCard()
    {
        await using var app = new IntakeApp();
        var activity = app.Activity("personal-message.json", "tenant-pasted", $"a:{Guid.NewGuid()}", "en-US");
        activity["text"] = Encoding.UTF8.GetString(SampleMinutes.Bytes(".md"));

        await app.PostAsync(activity);

        var sent = await app.WaitForAsync(s => s.Any(x => CardNodes.FindAction(x.Body, "review.publish") is not null));
        // The language of the user's text comes before the client's locale.
        Assert.Equal("Ik lees de notulen…", IntakeApp.Text(sent[0].Body));
        var review = Assert.Single(sent, x => CardNodes.FindAction(x.Body, "review.publish") is not null);
        Assert.True(IntakeApp.HasCardWith(review.Body, "Publiceer"));
    }

    [Fact]
    public async Task SameFileAgain_IsAnsweredWithAlreadyReadInsteadOfASecondCard()
    {
        await using var app = new IntakeApp();
        var conversation = $"a:{Guid.NewGuid()}";
        await app.PostAsync(FileUpload(app, "notulen.docx", "nl-NL", conversation));
        await app.WaitForAsync(s => s.Any(x => CardNodes.FindAction(x.Body, "review.publish") is not null));

        await app.PostAsync(FileUpload(app, "notulen.docx", "nl-NL", conversation));

        var sent = await app.WaitForAsync(s => s.Any(x => IntakeApp.Text(x.Body).StartsWith("Deze notulen ken ik al", StringComparison.Ordinal)));
        Assert.Contains(sent, x => IntakeApp.Text(x.Body).StartsWith("Deze notulen ken ik al", StringComparison.Ordinal));
        Assert.Single(sent, x => CardNodes.FindAction(x.Body, "review.publish") is not null);
    }

    [Fact]
    public async Task DamagedFile_IsAnsweredWithOneLineReason()
    {
        await using var app = new IntakeApp();

        await app.PostAsync(FileUpload(app, "kapot.docx", "en-US"));

        var sent = await app.WaitForAsync(s => s.Any(x => IntakeApp.Text(x.Body).StartsWith("I could not read this file:", StringComparison.Ordinal)));
        var answer = Assert.Single(sent, x => IntakeApp.Text(x.Body).StartsWith("I could not read this file:", StringComparison.Ordinal));
        Assert.DoesNotContain('\n', IntakeApp.Text(answer.Body));
        Assert.DoesNotContain(sent, x => x.Body["attachments"] is not null);
    }

    [Fact]
    public async Task FileOfAKindItCannotRead_IsRefusedAtOnceWithoutSayingItIsReadingIt()
    {
        await using var app = new IntakeApp();

        await app.PostAsync(FileUpload(app, "notulen.rtf", "nl-NL"));

        var sent = await app.WaitForAsync(s => s.Any(x => IntakeApp.Text(x.Body).Contains("'.rtf' kan ik niet lezen", StringComparison.Ordinal)));
        Assert.DoesNotContain(sent, x => IntakeApp.Text(x.Body) == "Ik lees de notulen…");
    }

    [Fact]
    public async Task DownloadFromAHostThatIsNotMicrosoft365_IsRefusedAndNothingIsFetched()
    {
        await using var app = new IntakeApp();
        app.Files.Given(WireMock.RequestBuilders.Request.Create().UsingGet().WithPath("/files/elsewhere"))
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(302).WithHeader("Location", "https://files.example.org/notulen.docx"));
        var direct = FileUpload(app, "notulen.docx", "nl-NL");
        direct["attachments"]![0]!["content"]!["downloadUrl"] = "https://files.example.org/notulen.docx";
        var redirected = FileUpload(app, "notulen.docx", "nl-NL");
        redirected["attachments"]![0]!["content"]!["downloadUrl"] = app.Files.Url + "/files/elsewhere";

        await app.PostAsync(direct);
        await app.PostAsync(redirected);

        var sent = await app.WaitForAsync(s => s.Count(x => IntakeApp.Text(x.Body).StartsWith("Dit bestand kon ik niet lezen:", StringComparison.Ordinal)) == 2);
        Assert.Equal(2, sent.Count(x => IntakeApp.Text(x.Body).Contains("adres", StringComparison.Ordinal) || IntakeApp.Text(x.Body).Contains("address", StringComparison.Ordinal)));
        Assert.DoesNotContain(sent, x => x.Body["attachments"] is not null);
        Assert.Equal("/files/elsewhere", Assert.Single(app.Files.LogEntries).RequestMessage.Path);
    }

    [Fact]
    public async Task ShortMessage_IsNotTakenAsMinutes_TheBuiltInAnswers()
    {
        await using var app = new IntakeApp();

        await app.PostAsync(app.Activity("personal-message.json", "tenant-short", $"a:{Guid.NewGuid()}", "en-US"));

        var sent = app.Sent();
        Assert.DoesNotContain(sent, x => IntakeApp.Text(x.Body) == "Reading the minutes…");
        Assert.Contains(sent, x => IntakeApp.Text(x.Body).Contains("These are my commands", StringComparison.Ordinal) && x.Body["attachments"] is not null);
    }

    [Fact]
    public async Task AddItemInReview_StoresItCreatedByTheReviewerAndAnswersWithTheUpdatedCard()
    {
        await using var app = new IntakeApp();
        var conversation = $"a:{Guid.NewGuid()}";
        var data = await PasteSampleAsync(app, "tenant-add", conversation, CardVerbs.ReviewAdd);
        data[CardVerbs.NewText] = "Zaal reserveren voor de volgende bijeenkomst";

        using var response = await app.PostAsync(CardInvoke(app, "tenant-add", conversation, CardVerbs.ReviewAdd, data));

        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Contains("Zaal reserveren", answer["value"]!.ToJsonString(), StringComparison.Ordinal);
        var meeting = await app.Services.GetRequiredService<FollowupService>()
            .GetMeetingAsync("tenant-add", conversation, data[CardVerbs.MeetingId]!.GetValue<string>(), CancellationToken.None);
        var added = Assert.Single(meeting!.Items, i => i.Text == "Zaal reserveren voor de volgende bijeenkomst");
        var created = Assert.Single(added.History);
        Assert.Equal((ChangeKind.Created, "00000000-0000-0000-0000-0000000000020"), (created.Kind, created.By.UserId));
    }

    [Fact]
    public async Task PublishedInPersonalChat_TheUploaderMarksAnItemDone_AnotherChatCannot()
    {
        await using var app = new IntakeApp();
        var conversation = $"a:{Guid.NewGuid()}";
        using var published = await PublishPastedSampleAsync(app, conversation);
        var notice = CardNodes.Words(JsonNode.Parse(await published.Content.ReadAsStringAsync())!["value"]!);
        Assert.Equal(["Gelukt", "Gepubliceerd in deze chat."], notice);
        var summary = await app.WaitForAsync(s => s.Any(x => CardNodes.FindAction(x.Body, CardVerbs.ItemDone) is not null));
        var done = IntakeApp.Submitted(summary.First(x => CardNodes.FindAction(x.Body, CardVerbs.ItemDone) is not null).Body, CardVerbs.ItemDone);
        var meetingId = done[CardVerbs.MeetingId]!.GetValue<string>();
        var itemId = done[CardVerbs.ItemId]!.GetValue<string>();
        var followup = app.Services.GetRequiredService<FollowupService>();

        var stranger = CardInvoke(app, "tenant-own", $"a:{Guid.NewGuid()}", CardVerbs.ItemDone, done.DeepClone());
        stranger["from"]!["aadObjectId"] = "9d0c2b1a-0000-4000-8000-00000000abcd";
        using var refused = await app.PostAsync(stranger);
        var afterStranger = await followup.GetMeetingAsync("tenant-own", conversation, meetingId, CancellationToken.None);
        using var accepted = await app.PostAsync(CardInvoke(app, "tenant-own", conversation, CardVerbs.ItemDone, done));

        Assert.Equal(ItemStatus.Open, afterStranger!.Items.Single(i => i.Id == itemId).Status);
        Assert.DoesNotContain(afterStranger.Items.Single(i => i.Id == itemId).Text, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var meeting = await followup.GetMeetingAsync("tenant-own", conversation, meetingId, CancellationToken.None);
        Assert.Equal(ItemStatus.Done, meeting!.Items.Single(i => i.Id == itemId).Status);
        Assert.Contains("Reopen", await accepted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PastedManualWithAFewActions_IsNotMinutes_UntilItsFirstLineSaysMinutes()
    {
        await using var app = new IntakeApp();
        var conversation = $"a:{Guid.NewGuid()}";
        var chapters = string.Concat(Enumerable.Range(1, 40).Select(n =>
            $"## Chapter {n}\n\nThe service reads its settings at start-up; each has a default.\n\nSee the table below for the names.\n\n"));
        var manual = "# Service manual\n\nDate: 21 June 2024\n\n## Decisions\n\nIt was agreed to keep the defaults.\n\n"
            + "## Actions\n\nTom will update the table by Friday.\n\n" + chapters;
        var pasted = app.Activity("personal-message.json", "tenant-manual", conversation, "en-US");
        pasted["text"] = manual;

        await app.PostAsync(pasted);

        var refused = await app.WaitForAsync(s => s.Any(x => IntakeApp.HasCardWith(x.Body, "This does not look like minutes")));
        Assert.DoesNotContain(refused, x => CardNodes.FindAction(x.Body, CardVerbs.ReviewPublish) is not null);

        var insisted = app.Activity("personal-message.json", "tenant-manual", conversation, "en-US");
        insisted["id"] = Guid.NewGuid().ToString();
        insisted["text"] = "Minutes of the service review\n\n" + manual;
        await app.PostAsync(insisted);

        var sent = await app.WaitForAsync(s => s.Any(x => CardNodes.FindAction(x.Body, CardVerbs.ReviewPublish) is not null));
        Assert.True(IntakeApp.HasCardWith(sent.Single(x => CardNodes.FindAction(x.Body, CardVerbs.ReviewPublish) is not null).Body, "update the table"));
    }

    [Fact]
    public async Task PastedTextRefusedAsNotMinutes_ReadAsMinutesAnyway_TheDraftReviewAppearsWithoutSendingItAgain()
    {
        await using var app = new IntakeApp();
        var conversation = $"a:{Guid.NewGuid()}";
        var chapters = string.Concat(Enumerable.Range(1, 40).Select(n =>
            $"## Chapter {n}\n\nThe service reads its settings at start-up; each has a default.\n\nSee the table below for the names.\n\n"));
        var pasted = app.Activity("personal-message.json", "tenant-anyway", conversation, "en-US");
        pasted["text"] = "# Service manual\n\n## Actions\n\nTom will update the table by Friday.\n\n" + chapters;
        await app.PostAsync(pasted);
        var refused = await app.WaitForAsync(s => s.Any(x => CardNodes.FindAction(x.Body, CardVerbs.MinutesReadAnyway) is not null));
        var refusal = IntakeApp.Card(refused.Single(x => CardNodes.FindAction(x.Body, CardVerbs.MinutesReadAnyway) is not null).Body);
        Assert.Contains(CardNodes.Words(refusal), w => w.StartsWith("This does not look like minutes", StringComparison.Ordinal));
        var button = CardNodes.FindAction(refusal, CardVerbs.MinutesReadAnyway)!;
        Assert.Equal("Read as minutes anyway", button["title"]!.GetValue<string>());

        // Someone else pressing it (a forwarded card) finds nothing of theirs and starts nothing.
        var stranger = CardInvoke(app, "tenant-anyway", conversation, CardVerbs.MinutesReadAnyway, button["data"]!.DeepClone());
        stranger["from"]!["aadObjectId"] = "9d0c2b1a-0000-4000-8000-00000000abcd";
        using var other = await app.PostAsync(stranger);
        Assert.Contains("I no longer keep this document", await other.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var pressed = await app.PostAsync(CardInvoke(app, "tenant-anyway", conversation, CardVerbs.MinutesReadAnyway, button["data"]!.DeepClone()));

        Assert.Contains("application/vnd.microsoft.card.adaptive", await pressed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var sent = await app.WaitForAsync(s => s.Any(x => CardNodes.FindAction(x.Body, CardVerbs.ReviewPublish) is not null));
        var review = sent.Single(x => CardNodes.FindAction(x.Body, CardVerbs.ReviewPublish) is not null).Body;
        Assert.True(IntakeApp.HasCardWith(review, "update the table"));

        // Read once: the kept text is gone, a second press says so.
        await app.WaitUntilIdleAsync();
        using var again = await app.PostAsync(CardInvoke(app, "tenant-anyway", conversation, CardVerbs.MinutesReadAnyway, button["data"]!.DeepClone()));
        Assert.Contains("I no longer keep this document", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewVersionOfPublishedMinutes_ReplacesTheSummaryCardInPlaceMarkedUpdated()
    {
        await using var app = new IntakeApp();
        var conversation = $"a:{Guid.NewGuid()}";
        using var first = await PublishPastedSampleAsync(app, conversation);
        await app.WaitForAsync(s => s.Any(x => CardNodes.FindAction(x.Body, CardVerbs.ItemDone) is not null));

        // A corrected version of the same minutes: one line more.
        var corrected = app.Activity("personal-message.json", "tenant-own", conversation, "en-US");
        corrected["id"] = Guid.NewGuid().ToString();
        corrected["text"] = Encoding.UTF8.GetString(SampleMinutes.Bytes(".md")) + "\n\nCor Lamers stuurt de planning voor 1 juli rond.\n";
        await app.PostAsync(corrected);
        var reviews = await app.WaitForAsync(s => s.Count(x => CardNodes.FindAction(x.Body, CardVerbs.ReviewPublish) is not null) == 2);
        var second = IntakeApp.Submitted(reviews.Last(x => CardNodes.FindAction(x.Body, CardVerbs.ReviewPublish) is not null).Body, CardVerbs.ReviewPublish);
        using var again = await app.PostAsync(CardInvoke(app, "tenant-own", conversation, CardVerbs.ReviewPublish, second));

        var notice = CardNodes.Words(JsonNode.Parse(await again.Content.ReadAsStringAsync())!["value"]!);
        Assert.Equal(["Gelukt", "Gepubliceerd: de eerder geplaatste samenvatting van deze vergadering is bijgewerkt."], notice);
        var sent = app.Sent();
        var posted = Assert.Single(sent, x => x.Method == "POST" && CardNodes.FindAction(x.Body, CardVerbs.ItemDone) is not null);
        var replaced = Assert.Single(sent, x => x.Method == "PUT");
        Assert.EndsWith("/activities/1700000000001", replaced.Path, StringComparison.Ordinal);
        Assert.False(IntakeApp.HasCardWith(posted.Body, "bijgewerkt met de nieuwe versie van de notulen"));
        Assert.True(IntakeApp.HasCardWith(replaced.Body, "bijgewerkt met de nieuwe versie van de notulen"));
        Assert.True(IntakeApp.HasCardWith(replaced.Body, "planning voor 1 juli"));
    }

    /// <summary>Pastes the sample minutes in <paramref name="conversation"/> of tenant-own and presses Publish on the review card.</summary>
    private static async Task<HttpResponseMessage> PublishPastedSampleAsync(IntakeApp app, string conversation)
    {
        var publish = await PasteSampleAsync(app, "tenant-own", conversation, CardVerbs.ReviewPublish);
        return await app.PostAsync(CardInvoke(app, "tenant-own", conversation, CardVerbs.ReviewPublish, publish));
    }

    /// <summary>Pastes the sample minutes in English and returns what the review card's <paramref name="verb"/> button would submit.</summary>
    private static async Task<JsonObject> PasteSampleAsync(IntakeApp app, string tenant, string conversation, string verb)
    {
        var pasted = app.Activity("personal-message.json", tenant, conversation, "en-US");
        pasted["text"] = Encoding.UTF8.GetString(SampleMinutes.Bytes(".md"));
        await app.PostAsync(pasted);
        var sent = await app.WaitForAsync(s => s.Any(x => CardNodes.FindAction(x.Body, verb) is not null));
        return IntakeApp.Submitted(sent.Single(x => CardNodes.FindAction(x.Body, verb) is not null).Body, verb);
    }

    private static JsonNode CardInvoke(IntakeApp app, string tenant, string conversation, string verb, JsonNode data)
    {
        var invoke = app.Activity("adaptive-card-action.json", tenant, conversation, "en-US");
        invoke["value"]!["action"]!["verb"] = verb;
        invoke["value"]!["action"]!["data"] = data;
        return invoke;
    }

    private static JsonNode FileUpload(IntakeApp app, string file, string locale, string? conversation = null)
    {
        var activity = app.Activity("file-download-info.json", conversation is null ? "tenant-" + Guid.NewGuid().ToString("N")[..8] : "tenant-again", conversation ?? $"a:{Guid.NewGuid()}", locale);
        activity["id"] = Guid.NewGuid().ToString();
        activity["attachments"]![0]!["content"]!["downloadUrl"] = $"{app.Files.Url}/files/{file}";
        activity["attachments"]![0]!["name"] = file;
        return activity;
    }
}
