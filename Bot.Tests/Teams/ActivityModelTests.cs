using System.Text.Json;
using System.Text.Json.Nodes;
using TeamsBot.Teams;

namespace TeamsBot.Tests.Teams;

public sealed class ActivityModelTests
{
    private static Activity Load(string name) =>
        JsonSerializer.Deserialize(TeamsFixtures.Read(name), TeamsJsonContext.Default.Activity) ?? throw new InvalidOperationException(name);

    [Theory]
    [InlineData("channel-mention.json")]
    [InlineData("personal-message.json")]
    [InlineData("file-download-info.json")]
    [InlineData("adaptive-card-action.json")]
    [InlineData("file-consent-invoke.json")]
    [InlineData("conversation-update.json")]
    [InlineData("installation-update.json")]
    public void RecordedPayload_RoundTrip_KeepsEveryField(string name)
    {
        var original = WithInstantsNormalised(JsonNode.Parse(TeamsFixtures.Read(name)));

        var written = JsonSerializer.Serialize(Load(name), TeamsJsonContext.Default.Activity);

        Assert.True(JsonNode.DeepEquals(original, WithInstantsNormalised(JsonNode.Parse(written))), $"{name} changed in a round trip:\n{written}");
    }

    // Timestamps are typed: "…55.090Z" comes back as the same instant written "…55.09+00:00".
    private static JsonNode? WithInstantsNormalised(JsonNode? activity)
    {
        foreach (var field in new[] { "timestamp", "localTimestamp" })
        {
            if (activity?[field] is JsonValue value)
            {
                activity[field] = DateTimeOffset.Parse(value.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).ToString("O", System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return activity;
    }

    [Fact]
    public void ChannelMention_TextWithoutBotMention_IsTheCommand()
    {
        var activity = Load("channel-mention.json");

        Assert.Equal("help", activity.TextWithoutBotMention());
        Assert.Equal("channel", activity.Conversation?.ConversationType);
        Assert.Equal("19:team0123@thread.tacv2", activity.ChannelData?.Team?.Id);
        Assert.Equal("19:general0123@thread.tacv2", activity.ChannelData?.Channel?.Id);
        Assert.Equal("6c1d9a4e-2b1f-4d8e-9f3a-7c5b2e1d0a9f", activity.TenantId);
        Assert.Contains(activity.Entities ?? [], e => e.Type == "ProductInfo" && e.Extra is not null && e.Extra.ContainsKey("id"));
    }

    [Fact]
    public void PersonalUpload_ReadFileDownloadInfo_GivesTheDownloadUrlAndDriveItem()
    {
        var activity = Load("file-download-info.json");

        var file = Assert.Single(activity.Attachments ?? []).ReadFileDownloadInfo();

        Assert.NotNull(file);
        Assert.StartsWith("https://contoso-my.sharepoint.com/", file.DownloadUrl, StringComparison.Ordinal);
        Assert.Equal("3f2e1d0c-9b8a-4c7d-8e6f-5a4b3c2d1e0f", file.UniqueId);
        Assert.Equal("docx", file.FileType);
    }

    [Fact]
    public void HtmlAttachment_ReadFileDownloadInfo_IsNull()
    {
        var activity = Load("channel-mention.json");

        Assert.Null(Assert.Single(activity.Attachments ?? []).ReadFileDownloadInfo());
    }

    [Fact]
    public void ActionExecute_ReadAdaptiveCardInvoke_GivesVerbAndData()
    {
        var activity = Load("adaptive-card-action.json");

        var invoke = activity.ReadAdaptiveCardInvoke();

        Assert.Equal(ActivityTypes.AdaptiveCardAction, activity.Name);
        Assert.Equal("approve", invoke?.Action?.Verb);
        Assert.Equal("manual", invoke?.Trigger);
        Assert.Equal(1, invoke?.Action?.Data?.GetProperty("x").GetInt32());
        Assert.Equal("1795830839575-cd607279", activity.ReplyToId);
    }

    [Fact]
    public void FileConsentAccept_ReadFileConsent_GivesUploadUrl()
    {
        var consent = Load("file-consent-invoke.json").ReadFileConsent();

        Assert.Equal("accept", consent?.Action);
        Assert.EndsWith("uploadSession?guid=1", consent?.UploadInfo?.UploadUrl, StringComparison.Ordinal);
        Assert.Equal("m-42", consent?.Context?.GetProperty("meetingId").GetString());
    }

    [Fact]
    public void TeamInstall_ConversationUpdate_CarriesTeamGraphIdAndEventType()
    {
        var activity = Load("conversation-update.json");

        Assert.Equal("teamMemberAdded", activity.ChannelData?.EventType);
        Assert.Equal("8b7a6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d", activity.ChannelData?.Team?.AadGroupId);
        Assert.Equal("19:general0123@thread.tacv2", activity.ChannelData?.Settings?.SelectedChannel?.Id);
        Assert.Equal(activity.Recipient?.Id, Assert.Single(activity.MembersAdded ?? []).Id);
    }

    [Fact]
    public void InstallationUpdate_ConversationReference_HasWhatProactiveMessagesNeed()
    {
        var activity = Load("installation-update.json");

        var reference = activity.GetConversationReference();

        Assert.Equal("add", activity.Action);
        Assert.Equal("http://localhost:56150/_connector", reference.ServiceUrl);
        Assert.Equal("be9f8547-2cc5-43e5-882e-0d5443ec9242", reference.Conversation?.Id);
        Assert.Equal("00000000-0000-0000-0000-0000000000001", reference.Conversation?.TenantId);
        Assert.Equal("user-id-0", reference.User?.Id);
    }

    [Fact]
    public void ActionExecuteAnswer_AdaptiveCard_HasTheUniversalActionsShape()
    {
        var card = JsonDocument.Parse("""{"type":"AdaptiveCard","version":"1.5","body":[]}""").RootElement;

        var response = InvokeResponse.AdaptiveCard(card);

        Assert.Equal(200, response.Status);
        var body = JsonNode.Parse(response.Body?.GetRawText() ?? "{}");
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"statusCode":200,"type":"application/vnd.microsoft.card.adaptive","value":{"type":"AdaptiveCard","version":"1.5","body":[]}}"""), body));
    }
}
